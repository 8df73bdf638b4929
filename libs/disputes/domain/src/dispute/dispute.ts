import type { Decider } from '@linli/domain-kernel';
import type { DisputeCommand } from './commands.js';
import { decide } from './decide.js';
import type { DisputeEvent } from './events.js';
import { evolve, initialState, type Dispute } from './state.js';

/** The Dispute aggregate as a decider: one stream per dispute. */
export const disputeDecider: Decider<DisputeCommand, DisputeEvent, Dispute> = { initialState, decide, evolve };

/** The event-store stream of one dispute. */
export const streamName = (disputeId: string): string => `disputes.Dispute-${disputeId}`;
