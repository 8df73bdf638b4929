import type { Projection } from '@linli/projections';
import { disputeHistoriesProjection } from './projections/dispute-history.projection.js';
import { disputeSummariesProjection } from './projections/dispute-summary.projection.js';

/** The runner's name (its checkpoint key) and the log its positions belong to. */
export const DISPUTES_READ_MODELS = { name: 'disputes-read-models', source: 'disputes', streamPrefix: 'disputes.' } as const;

/** Every read model of the disputes service, fed from its own streams by one runner. */
// Each projection folds its own document type; the runner only moves them along, hence the widening.
export const disputesProjections = [disputeSummariesProjection, disputeHistoriesProjection] as unknown as readonly Projection<object>[];
