import { metadata } from '../../testing/spec.js';
import type { AmendAward, AwardStars, RevokeAward } from '../commands.js';
import type { AwardAmended, AwardRevoked, StarsAwarded } from '../events.js';

export const COMMUNITY_ID = 'qianyue-1';
export const PERIOD = '2025';
export const AWARDED_AT = '2026-01-15T02:00:00Z';
export const LATER = '2026-02-03T06:30:00Z';

// Qianyue No. 1 scored 84.5 under version 1 of the county rubric: four stars recommended and awarded.
const key = { communityId: COMMUNITY_ID, period: PERIOD };
const facts = { rubricVersion: { rubricId: 'yugan-county', version: 1 }, scoreSeen: 84.5, recommendedStars: 4 as const };

export const award = (data: Partial<AwardStars['data']> = {}, now = AWARDED_AT): AwardStars => ({
  type: 'AwardStars',
  data: { ...key, stars: 4, ...facts, ...data },
  metadata: metadata(now),
});

export const awarded = (data: Partial<StarsAwarded['data']> = {}): StarsAwarded => ({
  type: 'ratings.StarsAwarded',
  data: { ...key, stars: 4, ...facts, reason: null, awardedAt: AWARDED_AT, ...data },
});

export const amend = (data: Partial<AmendAward['data']> = {}, now = LATER): AmendAward => ({
  type: 'AmendAward',
  data: { ...key, stars: 3, reason: 'statements for Q3 found not to agree with the ledger', ...data },
  metadata: metadata(now),
});

export const amended = (data: Partial<AwardAmended['data']> = {}): AwardAmended => ({
  type: 'ratings.AwardAmended',
  data: { ...key, previousStars: 4, stars: 3, reason: 'statements for Q3 found not to agree with the ledger', amendedAt: LATER, ...data },
});

export const revoke = (data: Partial<RevokeAward['data']> = {}, now = LATER): RevokeAward => ({
  type: 'RevokeAward',
  data: { ...key, reason: 'assessed on an incomplete fee ledger', ...data },
  metadata: metadata(now),
});

export const revoked = (data: Partial<AwardRevoked['data']> = {}): AwardRevoked => ({
  type: 'ratings.AwardRevoked',
  data: { ...key, stars: 4, reason: 'assessed on an incomplete fee ledger', revokedAt: LATER, ...data },
});
