import { randomUUID } from 'node:crypto';
import { securitySuite } from '@linli/service-kit/testing';
import { ratingsService } from '../src/ratings.service-definition.js';
import { bootRatings } from './support/boot-ratings.js';

const criterion = (id: string, weight: number) => ({ id, name: id, weight, measure: 'contract_in_force', scoring: { kind: 'boolean' } });

securitySuite(ratingsService, {
  boot: (env) => bootRatings({}, env),
  command: {
    path: `/rubrics/security-${randomUUID()}/versions`,
    body: () => ({ version: 1, effectiveFrom: '2025-01-01', areas: [{ id: 'property', name: 'Property', criteria: [criterion('contract', 100)] }], starThresholds: [{ stars: 3, minScore: 60 }] }),
  },
  list: '/rubrics',
});
