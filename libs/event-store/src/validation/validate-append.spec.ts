import { InvalidAppend } from '../errors.js';
import { newEvent, testMetadata } from '../testing/events.js';
import { validateAppend } from './validate-append.js';

const circular = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { a: 1 };
  value.self = { back: value };
  return value;
};

function rejection(stream: unknown, events: unknown, expected: unknown = 'any'): InvalidAppend {
  try {
    validateAppend(stream, events, expected);
  } catch (error) {
    if (error instanceof InvalidAppend) return error;
    throw error;
  }
  throw new Error('expected InvalidAppend, but the append was accepted');
}

describe('validating an append', () => {
  it('given a well-formed append, when validated, then it is accepted', () => {
    expect(() => validateAppend('orders-1', [newEvent(), newEvent()], 5n)).not.toThrow();
  });

  it('given an undefined optional field, when validated, then it is accepted as absent', () => {
    expect(() => validateAppend('s', [newEvent({ metadata: testMetadata({ reason: undefined }) })], 'any')).not.toThrow();
  });

  it.each([
    ['an empty stream name', '', [newEvent()], 'any', 'stream'],
    ['a blank stream name', '   ', [newEvent()], 'any', 'stream'],
    ['a system stream name', '$all', [newEvent()], 'any', 'stream'],
    ['a revision given as a number', 's', [newEvent()], 3, 'expected'],
    ['no events', 's', [], 'any', 'events'],
    ['an id that is not a UUID', 's', [newEvent({ eventId: 'evt-1' })], 'any', 'events[0].eventId'],
    ['an empty type', 's', [newEvent({ type: '' })], 'any', 'events[0].type'],
    ['a fractional schema version', 's', [newEvent({ schemaVersion: 1.5 })], 'any', 'events[0].schemaVersion'],
    ['data that is an array', 's', [newEvent({ data: [1, 2] })], 'any', 'events[0].data'],
    ['a BigInt', 's', [newEvent(), newEvent({ data: { amount: 10n } })], 'any', 'events[1].data.amount'],
    ['a function', 's', [newEvent({ data: { f: () => 1 } })], 'any', 'events[0].data.f'],
    ['NaN', 's', [newEvent({ data: { nested: { values: [1, Number.NaN] } } })], 'any', 'events[0].data.nested.values[1]'],
    ['Infinity', 's', [newEvent({ data: { x: Number.POSITIVE_INFINITY } })], 'any', 'events[0].data.x'],
    ['a circular object', 's', [newEvent({ data: circular() })], 'any', 'events[0].data.self.back'],
    ['a Date', 's', [newEvent({ data: { at: new Date() } })], 'any', 'events[0].data.at'],
    ['a NUL character', 's', [newEvent({ data: { name: 'a\u0000b' } })], 'any', 'events[0].data.name'],
    ['an unpaired surrogate', 's', [newEvent({ data: { name: '\ud800' } })], 'any', 'events[0].data.name'],
    ['a hole in an array', 's', [newEvent({ data: { list: [1, undefined] } })], 'any', 'events[0].data.list[1]'],
    ['a time without a zone', 's', [newEvent({ metadata: testMetadata({ occurredAt: '2025-11-30T08:00:00' }) })], 'any', 'events[0].metadata.occurredAt'],
    ['an actor without a role', 's', [newEvent({ metadata: { ...testMetadata(), actor: { id: 'u', orgUnitId: 'o' } as never } })], 'any', 'events[0].metadata.actor.role'],
    ['a store-owned recordedAt', 's', [newEvent({ metadata: { ...testMetadata(), recordedAt: 'x' } })], 'any', 'events[0].metadata.recordedAt'],
    ['a BigInt in metadata', 's', [newEvent({ metadata: { ...testMetadata(), trace: 1n } })], 'any', 'events[0].metadata.trace'],
  ])('given %s, when validated, then InvalidAppend names %s', (_label, stream, events, expected, field) => {
    const error = rejection(stream, events, expected);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('given the same event id twice in one append, when validated, then the second is named', () => {
    const event = newEvent();
    expect(rejection('s', [event, { ...event }]).field).toBe('events[1].eventId');
  });

  it('given a key that is not an identifier, when the value under it is invalid, then the path quotes the key', () => {
    expect(rejection('s', [newEvent({ data: { 'room no': Number.NaN } })]).field).toBe('events[0].data["room no"]');
  });
});
