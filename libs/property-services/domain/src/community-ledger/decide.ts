import { assertNever } from '@linli/domain-kernel';
import type { CommunityLedgerCommand } from './commands.js';
import type { CommunityLedgerEvent } from './events.js';
import { publishStatement } from './publish-statement.js';
import { recordExpenditure, recordRevenue } from './record-entry.js';
import { recordFees } from './record-fees.js';
import { reverseEntry } from './reverse-entry.js';
import type { CommunityLedger } from './state.js';

export function decide(command: CommunityLedgerCommand, state: CommunityLedger): CommunityLedgerEvent[] {
  switch (command.type) {
    case 'RecordRevenue':
      return recordRevenue(command, state);
    case 'RecordExpenditure':
      return recordExpenditure(command, state);
    case 'ReverseEntry':
      return reverseEntry(command, state);
    case 'RecordFees':
      return recordFees(command, state);
    case 'PublishStatement':
      return publishStatement(command, state);
    default:
      return assertNever(command);
  }
}
