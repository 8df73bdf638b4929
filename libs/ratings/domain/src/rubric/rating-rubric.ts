import type { Decider } from '@linli/domain-kernel';
import type { RatingRubricCommand } from './commands.js';
import { decide } from './decide.js';
import type { RatingRubricEvent } from './events.js';
import { evolve, initialState, type RatingRubric } from './state.js';

/**
 * The RatingRubric aggregate: the numbered versions of one rubric (e.g. `yugan-county`), each in
 * force from its effective date until the next one's. Versions are numbered 1, 2, 3… without gaps,
 * and their effective dates increase, so exactly one version is in force on any day after the first
 * takes effect (`rubricInForce`).
 */
export const ratingRubric: Decider<RatingRubricCommand, RatingRubricEvent, RatingRubric> = {
  initialState,
  decide,
  evolve,
};

/** One stream per rubric, holding all its versions: `ratings.Rubric-<rubricId>`. */
export const streamName = (rubricId: string): string => `ratings.Rubric-${rubricId}`;
