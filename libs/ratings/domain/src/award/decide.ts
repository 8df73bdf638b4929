import { assertNever } from '@linli/domain-kernel';
import type { CommunityAwardCommand } from './commands.js';
import { amendAward, revokeAward } from './decisions/amend-or-revoke.js';
import { awardStars } from './decisions/award-stars.js';
import type { CommunityAwardEvent } from './events.js';
import type { CommunityAward } from './state.js';

/** What a command on a community's award produces; a broken rule throws DomainRuleViolation, a missing award NotFound. */
export function decide(command: CommunityAwardCommand, state: CommunityAward): CommunityAwardEvent[] {
  switch (command.type) {
    case 'AwardStars':
      return awardStars(command, state);
    case 'AmendAward':
      return amendAward(command, state);
    case 'RevokeAward':
      return revokeAward(command, state);
    default:
      return assertNever(command);
  }
}
