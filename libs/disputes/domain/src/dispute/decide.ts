import { assertNever } from '@linli/domain-kernel';
import type { DisputeCommand } from './commands.js';
import { acceptDispute, rejectDispute } from './decisions/acceptance.js';
import { escalateDispute } from './decisions/escalation.js';
import { assignMediator, recordMediationSession } from './decisions/mediation.js';
import { markOverdue } from './decisions/overdue.js';
import { reopenDispute } from './decisions/reopening.js';
import { reportDispute } from './decisions/report.js';
import { closeDispute, resolveDispute } from './decisions/resolution.js';
import { rateSatisfaction } from './decisions/satisfaction.js';
import { withdrawDispute } from './decisions/withdrawal.js';
import type { DisputeEvent } from './events.js';
import type { Dispute } from './state.js';

/** What a command on a dispute produces; a broken rule throws DomainRuleViolation, a missing dispute NotFound. */
export function decide(command: DisputeCommand, state: Dispute): DisputeEvent[] {
  switch (command.type) {
    case 'ReportDispute':
      return reportDispute(command, state);
    case 'AcceptDispute':
      return acceptDispute(command, state);
    case 'RejectDispute':
      return rejectDispute(command, state);
    case 'AssignMediator':
      return assignMediator(command, state);
    case 'RecordMediationSession':
      return recordMediationSession(command, state);
    case 'EscalateDispute':
      return escalateDispute(command, state);
    case 'MarkOverdue':
      return markOverdue(command, state);
    case 'ResolveDispute':
      return resolveDispute(command, state);
    case 'RateSatisfaction':
      return rateSatisfaction(command, state);
    case 'CloseDispute':
      return closeDispute(command, state);
    case 'ReopenDispute':
      return reopenDispute(command, state);
    case 'WithdrawDispute':
      return withdrawDispute(command, state);
    default:
      return assertNever(command);
  }
}
