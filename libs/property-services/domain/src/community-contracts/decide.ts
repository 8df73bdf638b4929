import { assertNever } from '@linli/domain-kernel';
import type { CommunityContractsCommand } from './commands.js';
import type { CommunityContractsEvent } from './events.js';
import { recordTender } from './record-tender.js';
import { renewContract } from './renew-contract.js';
import { signContract } from './sign-contract.js';
import type { CommunityContracts } from './state.js';
import { terminateContract } from './terminate-contract.js';

export function decide(command: CommunityContractsCommand, state: CommunityContracts): CommunityContractsEvent[] {
  switch (command.type) {
    case 'RecordTender':
      return recordTender(command, state);
    case 'SignContract':
      return signContract(command, state);
    case 'RenewContract':
      return renewContract(command, state);
    case 'TerminateContract':
      return terminateContract(command, state);
    default:
      return assertNever(command);
  }
}
