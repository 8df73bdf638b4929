import type { Decider } from '@linli/domain-kernel';
import type { RatingPeriod } from '../period.js';
import type { CommunityAwardCommand } from './commands.js';
import { decide } from './decide.js';
import type { CommunityAwardEvent } from './events.js';
import { evolve, initialState, type CommunityAward } from './state.js';

/**
 * The CommunityAward aggregate: the stars the assessors awarded one community for one period,
 * amended or revoked with a reason. The computed score is only the recommendation the award
 * records; the assessors decide, and the event says who (metadata), when, and on what facts.
 */
export const communityAward: Decider<CommunityAwardCommand, CommunityAwardEvent, CommunityAward> = {
  initialState,
  decide,
  evolve,
};

/**
 * One stream per community and period, e.g. `ratings.Award-qianyue-1-2025-H2`, so awards for
 * different periods never contend, and a period's whole award history reads as one stream.
 */
export const streamName = (communityId: string, period: RatingPeriod): string => `ratings.Award-${communityId}-${period}`;
