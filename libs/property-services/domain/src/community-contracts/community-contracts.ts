import type { Decider } from '@linli/domain-kernel';
import type { CommunityContractsCommand } from './commands.js';
import { decide } from './decide.js';
import type { CommunityContractsEvent } from './events.js';
import { evolve, initialState, type CommunityContracts } from './state.js';

/** The tenders and service contracts of one residential community: at most one contract in force on any day. */
export const communityContracts: Decider<CommunityContractsCommand, CommunityContractsEvent, CommunityContracts> = {
  initialState,
  decide,
  evolve,
};

/** One stream per residential community. */
export const communityContractsStreamName = (communityId: string): string => `property.CommunityContracts-${communityId}`;
