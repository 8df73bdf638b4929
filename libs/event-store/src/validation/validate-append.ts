import type { NewEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import type { ExpectedRevision } from '../port.js';
import { isUuid } from '../uuid/uuidv7.js';
import { assertJsonValue, assertStorableText, isPlainRecord } from './json-value.js';
import { validateMetadata } from './validate-metadata.js';

/** The most events one append may carry: the low 20 bits of a PostgreSQL position number them. */
export const MAX_EVENTS_PER_APPEND = 2 ** 20 - 1;
const MAX_STREAM_NAME_LENGTH = 1000;

/** Checks a whole append before any I/O, so an invalid call never writes anything. */
export function validateAppend(stream: unknown, events: unknown, expected: unknown): asserts events is readonly NewEvent[] {
  validateStreamName(stream);
  validateExpected(expected);
  if (!Array.isArray(events)) throw new InvalidAppend('events', 'must be an array');
  if (events.length === 0) throw new InvalidAppend('events', 'must not be empty');
  if (events.length > MAX_EVENTS_PER_APPEND) throw new InvalidAppend('events', `must hold at most ${MAX_EVENTS_PER_APPEND} events, not ${events.length}`);
  const seen = events.length > 1 ? new Set<string>() : undefined;
  for (let i = 0; i < events.length; i++) {
    const event: unknown = events[i];
    validateEvent(event, i);
    if (!seen) continue;
    const id = event.eventId.toLowerCase();
    if (seen.has(id)) throw new InvalidAppend(`events[${i}].eventId`, 'repeats an id used earlier in the same append');
    seen.add(id);
  }
}

/** Throws InvalidAppend unless the value is a usable stream name. */
export function validateStreamName(stream: unknown): asserts stream is string {
  if (typeof stream !== 'string' || stream.trim() === '') throw new InvalidAppend('stream', 'must be a non-empty string');
  if (stream.length > MAX_STREAM_NAME_LENGTH) throw new InvalidAppend('stream', `must be at most ${MAX_STREAM_NAME_LENGTH} characters`);
  if (stream.startsWith('$')) throw new InvalidAppend('stream', 'must not start with $ (reserved for system streams)');
  assertStorableText(stream, 'stream');
}

function validateExpected(expected: unknown): asserts expected is ExpectedRevision {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected === 'bigint' && expected >= 0n) return;
  throw new InvalidAppend('expected', "must be 'any', 'no_stream', 'stream_exists' or a bigint revision >= 0n");
}

function validateEvent(event: unknown, index: number): asserts event is NewEvent {
  const path = `events[${index}]`;
  if (!isPlainRecord(event)) throw new InvalidAppend(path, 'must be an object');
  if (!isUuid(event.eventId)) throw new InvalidAppend(`${path}.eventId`, 'must be a UUID (use uuidv7())');
  if (typeof event.type !== 'string' || event.type.trim() === '') throw new InvalidAppend(`${path}.type`, 'must be a non-empty string');
  if (event.type.startsWith('$')) throw new InvalidAppend(`${path}.type`, 'must not start with $ (reserved for system events)');
  assertStorableText(event.type, `${path}.type`);
  if (!Number.isSafeInteger(event.schemaVersion) || (event.schemaVersion as number) < 1) {
    throw new InvalidAppend(`${path}.schemaVersion`, 'must be an integer >= 1');
  }
  if (!isPlainRecord(event.data)) throw new InvalidAppend(`${path}.data`, 'must be a JSON object');
  assertJsonValue(event.data, `${path}.data`);
  validateMetadata(event.metadata, `${path}.metadata`);
}
