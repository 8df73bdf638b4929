import { projectedFrom } from '@linli/projections/testing';

export { project, twice } from '@linli/projections/testing';

/** Stored-looking organisations events for projection tests: positions count up from 1 in the order given. */
export const projected = projectedFrom({ source: 'organizations', occurredAt: '2025-06-01T01:00:00.000Z' });
