import { disputeEscalatedV1 } from '@linli/contracts';
import { uuidv7, type EventStore, type NewEvent } from '@linli/event-store';

const STREAMS = 200;
const PER_APPEND = 50;

/** A stored escalation of dispute `n` in one of 20 communities, with the private fields too. */
function escalation(n: number): NewEvent {
  const communityId = `rc-bench-${n % 20}`;
  return {
    eventId: uuidv7(),
    type: 'disputes.DisputeEscalated',
    schemaVersion: 1,
    data: { ...disputeEscalatedV1.example, disputeId: `d-bench-${n % STREAMS}`, communityId, reason: 'property company did not attend' },
    metadata: {
      occurredAt: '2025-12-03T10:00:00.000Z',
      actor: { id: 'secretary-1', role: 'branch_secretary', orgUnitId: 'unit-yg-0089' },
      correlationId: `corr-${n}`,
      causationId: `cmd-${n}`,
    },
  };
}

/** Appends `count` events (outside any timing) across many dispute streams, several appends at a time. */
export async function appendDisputeEvents(store: EventStore, count: number): Promise<void> {
  const appends: Promise<unknown>[] = [];
  for (let first = 0; first < count; first += PER_APPEND) {
    const events = Array.from({ length: Math.min(PER_APPEND, count - first) }, (_, i) => escalation(first + i));
    appends.push(store.appendToStream(`disputes.Dispute-d-bench-${(first / PER_APPEND) % STREAMS}-${first}`, events));
    if (appends.length === 8) await Promise.all(appends.splice(0));
  }
  await Promise.all(appends);
}
