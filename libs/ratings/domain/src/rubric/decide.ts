import { assertNever } from '@linli/domain-kernel';
import type { RatingRubricCommand } from './commands.js';
import { publishRubricVersion } from './decisions/publish-version.js';
import type { RatingRubricEvent } from './events.js';
import type { RatingRubric } from './state.js';

/**
 * What a command on a rubric produces; a broken rule throws DomainRuleViolation.
 *
 * Publishing is the only command. A version is never retired or edited: it stops applying when the
 * next version takes effect, and it stays in the stream so that the periods it was in force for
 * are still scored under it, and any period can be recomputed under it for comparison.
 */
export function decide(command: RatingRubricCommand, state: RatingRubric): RatingRubricEvent[] {
  switch (command.type) {
    case 'PublishRubricVersion':
      return publishRubricVersion(command, state);
    default:
      return assertNever(command.type);
  }
}
