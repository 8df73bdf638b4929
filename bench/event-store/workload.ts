import { type NewEvent, uuidv7 } from '@linli/event-store';

const metadata = {
  occurredAt: '2025-11-30T08:00:00.000Z',
  actor: { id: 'user-4711', role: 'property-staff', orgUnitId: 'community-7' },
  correlationId: '0193a1c4-77e0-7a11-9b3c-5d6e7f809a1b',
  causationId: '0193a1c4-77e0-7a11-9b3c-5d6e7f809a1c',
};

/** A repair request of typical size (~350 bytes of JSON): what the services mostly append. */
export function benchEvent(i: number): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'property-services.RepairRequested',
    schemaVersion: 1,
    data: {
      requestId: `req-${i}`,
      communityId: 'community-7',
      building: `${(i % 30) + 1}号楼`,
      category: i % 2 === 0 ? 'plumbing' : 'elevator',
      description: 'Water leaking from the ceiling of the stairwell on the 4th floor since this morning.',
      urgency: i % 3,
      photos: [`photo-${i}-a.jpg`, `photo-${i}-b.jpg`],
    },
    metadata,
  };
}

/** The row the raw baseline inserts for an event: the same values the store writes. */
export function rawRow(event: NewEvent, position: bigint, stream: string, revision: number): unknown[] {
  return [position.toString(), stream, revision, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)];
}

/** Runs `count` tasks on `workers` concurrent loops; resolves to the elapsed seconds. */
export async function timed(workers: number, count: number, task: (worker: number, index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let index = next++; index < count; index = next++) await task(worker, index);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}
