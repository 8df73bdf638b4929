import type { Decider } from '@linli/domain-kernel';
import type { CommunityLedgerCommand } from './commands.js';
import { decide } from './decide.js';
import type { CommunityLedgerEvent } from './events.js';
import { evolve, initialState, type CommunityLedger } from './state.js';

/** The public ledger of one residential community: fee records, revenue and expenditure, published statements. */
export const communityLedger: Decider<CommunityLedgerCommand, CommunityLedgerEvent, CommunityLedger> = { initialState, decide, evolve };

/** One ledger stream per residential community. */
export const ledgerStreamName = (communityId: string): string => `property.Ledger-${communityId}`;
