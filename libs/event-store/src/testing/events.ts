import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../envelope.js';
import { uuidv7 } from '../uuid/uuidv7.js';

/** Metadata of a plausible command, so tests only spell out what they are about. */
export const testMetadata = (overrides: Partial<NewEvent['metadata']> = {}): NewEvent['metadata'] => ({
  occurredAt: '2025-11-30T08:00:00.000Z',
  actor: { id: 'user-1', role: 'resident', orgUnitId: 'community-7' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  ...overrides,
});

/** A valid new event; override any part of it. */
export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: uuidv7(),
    type: 'test.SomethingHappened',
    schemaVersion: 1,
    data: { n: 1 },
    metadata: testMetadata(),
    ...overrides,
  };
}

/** `count` valid events whose data carries their index, to check order after reading. */
export const newEvents = (count: number, type = 'test.SomethingHappened'): NewEvent[] =>
  Array.from({ length: count }, (_, i) => newEvent({ type, data: { i } }));

/** A stream name no other test (or earlier run against a shared server) has used. */
export const uniqueStream = (prefix = 'test'): string => `${prefix}-${randomUUID().slice(0, 8)}`;
