import { assertNever } from '@linli/domain-kernel';
import { clampToUnit, compare, decimalOf, dividedBy, minus, ONE, ZERO, type Rational } from '../exact/rational.js';
import type { Scoring } from '../rubric/events.js';

/**
 * The share (0..1, exact) of a criterion's weight that a measured value earns under a scoring.
 * The value has been checked against its measure, and the scoring against the measure when it was
 * published, so a value of the wrong type here is a bug.
 */
export function fractionEarned(scoring: Scoring, value: number | boolean): Rational {
  switch (scoring.kind) {
    case 'boolean':
      return booleanValue(value) ? ONE : ZERO;
    case 'linear': {
      const { zeroAt, fullAt } = scoring;
      const zero = decimalOf(zeroAt);
      return clampToUnit(dividedBy(minus(decimalOf(numberValue(value)), zero), minus(decimalOf(fullAt), zero)));
    }
    case 'steps': {
      const measured = decimalOf(numberValue(value));
      const reached = scoring.steps.findLast((step) => compare(measured, decimalOf(step.atLeast)) >= 0);
      return reached ? decimalOf(reached.fraction) : ZERO;
    }
    default:
      return assertNever(scoring);
  }
}

function booleanValue(value: number | boolean): boolean {
  if (typeof value !== 'boolean') throw new RangeError(`a boolean scoring needs a yes/no value, not ${value}`);
  return value;
}

function numberValue(value: number | boolean): number {
  if (typeof value !== 'number') throw new RangeError(`a ${String(value)} cannot be scored on a scale`);
  return value;
}
