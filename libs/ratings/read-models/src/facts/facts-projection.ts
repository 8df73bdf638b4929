import type { ProjectedEvent, Projection } from '@linli/projections';
import type { CommunityFacts, FactSection } from './community-facts.js';
import { awardFacts } from './award-facts.js';
import { disputeFacts } from './dispute-facts.js';
import type { FactHandler } from './handler.js';
import { organizationFacts } from './organization-facts.js';
import { propertyFacts } from './property-facts.js';

/** Every event type that is a fact of one community, with its handler. */
export const factHandlers: Readonly<Record<string, FactHandler>> = { ...organizationFacts, ...disputeFacts, ...propertyFacts, ...awardFacts };

/**
 * A projection of community facts, one document per community, keeping the given sections:
 * the community-rating read model keeps all of them, the dashboard a few.
 */
export function communityFactsProjection(name: string, version: number, sections: readonly FactSection[]): Projection<CommunityFacts> {
  const kept = new Set(sections);
  const handlerOf = (event: ProjectedEvent): FactHandler | undefined => {
    const handler = Object.hasOwn(factHandlers, event.type) ? factHandlers[event.type] : undefined;
    return handler && kept.has(handler.section) ? handler : undefined;
  };
  return {
    name,
    version,
    keys: (event) => (handlerOf(event) ? [(event.data as { communityId: string }).communityId] : []),
    evolve: (doc, event, key) => {
      const handler = handlerOf(event);
      const facts = doc ?? { communityId: key };
      return handler ? handler.apply(facts, event) : facts;
    },
  };
}
