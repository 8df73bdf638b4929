import { awardAmendedV1, awardRevokedV1, rubricVersionPublishedV1, starsAwardedV1 } from '../../catalogue/index.js';
import type * as Stored from '../private/ratings-events.js';
import { storedEvent, type GatewayCase } from './gateway-cases.js';

// Stored ratings events written field for field after libs/ratings/domain/src/{award,rubric}/events.ts
// (and their testing/fixtures.ts), with the free text that must never leave.

const key = { communityId: 'qianyue-1', period: '2025' };
const award = 'ratings.Award-qianyue-1-2025';

export const ratingsCases: GatewayCase[] = [
  {
    stored: storedEvent('ratings.Rubric-yugan-county', 'ratings.RubricVersionPublished', {
      rubricId: 'yugan-county',
      version: 2,
      effectiveFrom: '2025-07-01',
      areas: [
        {
          id: 'disputes',
          name: '矛盾纠纷化解',
          criteria: [
            { id: 'resolution', name: 'Disputes resolved', weight: 40, measure: 'dispute_resolution_rate', scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
            { id: 'overdue', name: 'Overdue disputes', weight: 20, measure: 'overdue_count', scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 3, fraction: 0.5 }] } },
          ],
        },
        { id: 'property', name: '物业服务', criteria: [{ id: 'contract', name: 'Contract in force', weight: 40, measure: 'contract_in_force', scoring: { kind: 'boolean' } }] },
      ],
      starThresholds: [{ stars: 4, minScore: 75 }, { stars: 5, minScore: 90.5 }],
      publishedAt: '2025-06-20T10:00:00+08:00',
    } satisfies Stored.StoredRubricVersionPublished),
    contract: rubricVersionPublishedV1,
    data: {
      rubricId: 'yugan-county',
      version: 2,
      effectiveFrom: '2025-07-01',
      publishedAt: '2025-06-20T10:00:00+08:00',
      criteria: [
        { areaId: 'disputes', criterionId: 'resolution', measure: 'dispute_resolution_rate', weight: 40, scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
        { areaId: 'disputes', criterionId: 'overdue', measure: 'overdue_count', weight: 20, scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 3, fraction: 0.5 }] } },
        { areaId: 'property', criterionId: 'contract', measure: 'contract_in_force', weight: 40, scoring: { kind: 'boolean' } },
      ],
      starThresholds: [{ stars: 4, minScore: 75 }, { stars: 5, minScore: 90.5 }],
    },
    personal: ['矛盾纠纷化解', 'Disputes resolved', '物业服务'],
  },
  {
    stored: storedEvent(award, 'ratings.StarsAwarded', {
      ...key, stars: 4, rubricVersion: { rubricId: 'yugan-county', version: 1 }, scoreSeen: 84.5, recommendedStars: 4, reason: null, awardedAt: '2026-01-15T02:00:00Z',
    } satisfies Stored.StoredStarsAwarded),
    contract: starsAwardedV1,
    data: { ...key, stars: 4, rubricId: 'yugan-county', rubricVersion: 1, scoreBp: 8450, recommendedStars: 4, awardedAt: '2026-01-15T02:00:00Z' },
    personal: [],
  },
  {
    stored: storedEvent(award, 'ratings.StarsAwarded', {
      ...key, stars: 5, rubricVersion: { rubricId: 'yugan-county', version: 1 }, scoreSeen: 73.52, recommendedStars: 3,
      reason: 'the pilot of Secretary Huang deserves more', awardedAt: '2026-01-15T02:00:00Z',
    } satisfies Stored.StoredStarsAwarded),
    contract: starsAwardedV1,
    data: { ...key, stars: 5, rubricId: 'yugan-county', rubricVersion: 1, scoreBp: 7352, recommendedStars: 3, awardedAt: '2026-01-15T02:00:00Z' },
    personal: ['Secretary Huang'],
  },
  {
    stored: storedEvent(award, 'ratings.AwardAmended', {
      ...key, previousStars: 4, stars: 3, reason: 'statements for Q3 found not to agree with the ledger', amendedAt: '2026-02-03T06:30:00Z',
    } satisfies Stored.StoredAwardAmended),
    contract: awardAmendedV1,
    data: { ...key, previousStars: 4, stars: 3, amendedAt: '2026-02-03T06:30:00Z' },
    personal: ['not to agree with the ledger'],
  },
  {
    stored: storedEvent(award, 'ratings.AwardRevoked', { ...key, stars: 4, reason: 'assessed on an incomplete fee ledger', revokedAt: '2026-02-03T06:30:00Z' } satisfies Stored.StoredAwardRevoked),
    contract: awardRevokedV1,
    data: { ...key, stars: 4, revokedAt: '2026-02-03T06:30:00Z' },
    personal: ['incomplete fee ledger'],
  },
];
