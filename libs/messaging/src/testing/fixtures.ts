import { disputeEscalatedV1, toCloudEvent, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import { uuidv7, type NewEvent } from '@linli/event-store';

/** A public dispute-escalated event of a community; `n` tells events of one community apart. */
export function escalated(communityId: string, n: number): ContractEvent<DisputeEscalatedV1> {
  const data: DisputeEscalatedV1 = { ...disputeEscalatedV1.example, communityId, disputeId: `d-${communityId}-${n}` };
  return { contract: disputeEscalatedV1, event: toCloudEvent(disputeEscalatedV1, data, { id: uuidv7(), time: '2025-12-03T10:00:00.000Z', correlationId: `corr-${n}` }) };
}

/** A stored (private) DisputeEscalated event, with the fields the public contract leaves out. */
export function storedEscalation(communityId: string, disputeId: string, overrides: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'disputes.DisputeEscalated',
    schemaVersion: 1,
    data: { ...disputeEscalatedV1.example, communityId, disputeId, reason: 'property company did not attend', ...overrides },
    metadata: {
      occurredAt: '2025-12-03T10:00:00.000Z',
      actor: { id: 'secretary-1', role: 'branch_secretary', orgUnitId: 'unit-yg-0089' },
      correlationId: 'corr-escalate',
      causationId: 'cmd-escalate',
    },
  };
}

/** The data field `n` of the fixtures' events, to check order. */
export const numberOf = (message: ContractEvent): number => Number((message.event.data as DisputeEscalatedV1).disputeId.split('-').pop());

/** A promise with its resolver outside, to hold a handler mid-flight. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
