import type { Command } from '@linli/domain-kernel';
import type { IsoDate } from '../inputs.js';
import type { Area, StarThreshold } from './events.js';

/**
 * Publishes the next version of a rubric: `version` is one more than the latest (1 for the first),
 * and `effectiveFrom` comes after the latest version's. The weights of all criteria sum to 100.
 */
export type PublishRubricVersion = Command<
  'PublishRubricVersion',
  {
    rubricId: string;
    version: number;
    effectiveFrom: IsoDate;
    areas: readonly Area[];
    starThresholds: readonly StarThreshold[];
  }
>;

export type RatingRubricCommand = PublishRubricVersion;
