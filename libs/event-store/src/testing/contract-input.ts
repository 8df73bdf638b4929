import type { NewEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import type { StoreAccessor } from './contract.js';
import { newEvent, testMetadata, uniqueStream } from './events.js';

function circular(): Record<string, unknown> {
  const node: Record<string, unknown> = { name: 'loop' };
  node.next = node;
  return node;
}

const invalidAppends: [string, (stream: string) => [string, unknown[]], string][] = [
  ['an empty stream name', () => ['', [newEvent()]], 'stream'],
  ['no events', (s) => [s, []], 'events'],
  ['more events than one append may carry', (s) => [s, new Array(2 ** 20)], 'events'],
  ['an event id that is not a UUID', (s) => [s, [newEvent({ eventId: 'not-a-uuid' })]], 'events[0].eventId'],
  ['a BigInt in the data', (s) => [s, [newEvent(), newEvent({ data: { amount: 12n } })]], 'events[1].data.amount'],
  ['a function in the data', (s) => [s, [newEvent({ data: { callback: () => 'x' } })]], 'events[0].data.callback'],
  ['a circular object in the data', (s) => [s, [newEvent({ data: circular() })]], 'events[0].data.next'],
  ['NaN in the data', (s) => [s, [newEvent({ data: { score: Number.NaN } })]], 'events[0].data.score'],
  ['data that is not an object', (s) => [s, [newEvent({ data: 'text' })]], 'events[0].data'],
  ['metadata without an actor', (s) => [s, [{ ...newEvent(), metadata: { ...testMetadata(), actor: undefined } } as unknown as NewEvent]], 'events[0].metadata.actor'],
];

export function inputContract(store: StoreAccessor): void {
  describe('invalid input', () => {
    it.each(invalidAppends)('given %s, when appended, then InvalidAppend names the field and nothing is written', async (_label, build, field) => {
      const [stream, events] = build(uniqueStream('invalid'));
      const error = await store()
        .appendToStream(stream, events as NewEvent[])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidAppend);
      expect(error).toMatchObject({ field });
      expect((error as Error).message).toContain(field);
      if (stream !== '') expect(await store().readStream(stream)).toEqual([]);
    });
  });
}
