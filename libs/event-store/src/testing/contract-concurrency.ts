import { WrongExpectedRevision } from '../errors.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import type { StoreAccessor } from './contract.js';
import { newEvent, newEvents, uniqueStream } from './events.js';

const WRITERS = 8;

function settleAll(attempts: Promise<AppendResult>[]): Promise<PromiseSettledResult<AppendResult>[]> {
  return Promise.all(attempts.map((attempt) => attempt.then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason }))));
}

export function concurrencyContract(store: StoreAccessor): void {
  describe('concurrent writers', () => {
    it.each<[string, ExpectedRevision, number]>([
      ['the same revision', 2n, 3],
      ['no_stream', 'no_stream', 0],
    ])(`given ${WRITERS} writers expecting %s, when they append at once, then exactly one wins and the others get WrongExpectedRevision`, async (_label, expected, existing) => {
      const stream = uniqueStream();
      if (existing > 0) await store().appendToStream(stream, newEvents(existing));
      const outcomes = await settleAll(
        Array.from({ length: WRITERS }, (_, writer) => store().appendToStream(stream, [newEvent({ data: { writer } }), newEvent({ data: { writer } })], { expected })),
      );
      const winners = outcomes.filter((o) => o.status === 'fulfilled');
      const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(winners).toHaveLength(1);
      for (const loser of losers) expect(loser.reason).toBeInstanceOf(WrongExpectedRevision);
      const read = await store().readStream(stream);
      expect(read).toHaveLength(existing + 2);
      expect(new Set(read.slice(existing).map((e) => (e.data as { writer: number }).writer)).size).toBe(1);
    });

    it('given writers appending with any, when they append at once, then all succeed with distinct consecutive revisions', async () => {
      const stream = uniqueStream();
      const results = await Promise.all(Array.from({ length: WRITERS }, (_, writer) => store().appendToStream(stream, [newEvent({ data: { writer } })])));
      expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => Number(a - b))).toEqual(Array.from({ length: WRITERS }, (_, i) => BigInt(i)));
      const read = await store().readStream(stream);
      expect(read.map((e) => e.streamRevision)).toEqual(Array.from({ length: WRITERS }, (_, i) => BigInt(i)));
    });
  });
}
