import type { ProjectedEvent } from '@linli/projections';
import type { CommunityFacts, FactSection } from './community-facts.js';

/** How one event type changes the facts of its community, and which section it writes. */
export interface FactHandler {
  readonly section: FactSection;
  apply(facts: CommunityFacts, event: ProjectedEvent): CommunityFacts;
}

/** A handler reading the event's data as `Data`. */
export const handle = <Data>(section: FactSection, apply: (facts: CommunityFacts, data: Data, event: ProjectedEvent) => CommunityFacts): FactHandler => ({
  section,
  apply: (facts, event) => apply(facts, event.data as Data, event),
});
