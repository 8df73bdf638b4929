import { assertNever } from '@linli/domain-kernel';
import type { CommunityContractsCommand } from './commands.js';
import { coverageChangeOf } from './coverage.js';
import type { CommunityContractsEvent } from './events.js';
import { recordTender } from './record-tender.js';
import { renewContract } from './renew-contract.js';
import { signContract } from './sign-contract.js';
import type { CommunityContracts } from './state.js';
import { terminateContract } from './terminate-contract.js';

/** A command's events, each contract event followed by the coverage change it brings about. */
export function decide(command: CommunityContractsCommand, state: CommunityContracts): CommunityContractsEvent[] {
  return decideContracts(command, state).flatMap((event) => [event, ...coverageChangeOf(event)]);
}

function decideContracts(command: CommunityContractsCommand, state: CommunityContracts): CommunityContractsEvent[] {
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
