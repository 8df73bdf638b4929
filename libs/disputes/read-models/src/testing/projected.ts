import type { DisputeEvent } from '@linli/disputes-domain';
import type { ProjectedEvent } from '@linli/projections';
import { projectedFrom } from '@linli/projections/testing';

export { project, twice } from '@linli/projections/testing';

/** Stored-looking disputes events for projection tests: positions count up from 1 in the order given. */
export const projected: (...events: DisputeEvent[]) => ProjectedEvent[] = projectedFrom({ source: 'disputes', occurredAt: '2025-09-22T09:00:00+08:00' });
