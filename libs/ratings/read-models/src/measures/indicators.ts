import { periodRange, type Indicators, type RatingPeriod } from '@linli/ratings-domain';
import type { CommunityFacts } from '../facts/community-facts.js';
import type { MemberDoc } from '../projections/members.projection.js';
import type { UnitDoc } from '../projections/units.projection.js';
import { disputeIndicators } from './dispute-measures.js';
import { organizationIndicators } from './organization-measures.js';
import { propertyIndicators } from './property-measures.js';

/** Everything known about one community: its facts, the units linked to it (branches serving it, their building groups) and its members. */
export interface CommunityRecord {
  readonly communityId: string;
  readonly facts: CommunityFacts | null;
  readonly units: readonly UnitDoc[];
  readonly members: readonly MemberDoc[];
}

/** Every measure of a community for a period, with the events behind each (what `scoreCommunity` takes). */
export function indicatorsFor(record: CommunityRecord, period: RatingPeriod): Indicators {
  const range = periodRange(period);
  if (!range) throw new RangeError(`not a rating period: ${period}`);
  return {
    ...organizationIndicators(record.communityId, record.facts, record.units, record.members, range),
    ...propertyIndicators(record.facts, range),
    ...disputeIndicators(record.facts, range),
  };
}
