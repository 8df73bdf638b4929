import { OrderedSender } from './ordered-sender.js';

/** A send the test acknowledges (or fails) by hand, as the broker would. */
function manualBroker() {
  const pending: { batch: string; ack: () => void; fail: (error: Error) => void }[] = [];
  const send = (batch: string) => new Promise<void>((ack, fail) => pending.push({ batch, ack, fail }));
  return { pending, send };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the relay pipeline', () => {
  it('sends one batch at a time, in order, and stores each checkpoint only after its own acknowledgement', async () => {
    const broker = manualBroker();
    const committed: bigint[] = [];
    const sender = new OrderedSender<string>(broker.send, async ({ position }) => void committed.push(position), () => undefined);

    await sender.enqueue('b1', { position: 1n });
    const second = sender.enqueue('b2', { position: 2n });
    await tick();
    expect(broker.pending.map((p) => p.batch)).toEqual(['b1']); // b2 waits for b1's ack
    expect(committed).toEqual([]);

    broker.pending[0].ack();
    await second;
    expect(broker.pending.map((p) => p.batch)).toEqual(['b1', 'b2']);
    expect(committed).toEqual([1n]);
    broker.pending[1].ack();
    await sender.drain();
    expect(committed).toEqual([1n, 2n]);
  });

  it('never stores a checkpoint for a batch the broker refused, and reports the failure', async () => {
    const broker = manualBroker();
    const committed: bigint[] = [];
    const failures: unknown[] = [];
    const sender = new OrderedSender<string>(broker.send, async ({ position }) => void committed.push(position), (error) => failures.push(error));

    await sender.enqueue('b1', { position: 1n });
    broker.pending[0].fail(new Error('broker down'));
    await expect(sender.drain()).rejects.toThrow('broker down');
    await expect(sender.enqueue('b2', { position: 2n })).rejects.toThrow('broker down');
    expect(committed).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(broker.pending).toHaveLength(1);
  });

  it('keeps checkpoints in order even when a later one would be quicker to store', async () => {
    const broker = manualBroker();
    const committed: bigint[] = [];
    const slowFirst = async ({ position }: { position: bigint }) => {
      if (position === 1n) await new Promise((resolve) => setTimeout(resolve, 30));
      committed.push(position);
    };
    const sender = new OrderedSender<string>(broker.send, slowFirst, () => undefined);
    await sender.enqueue('b1', { position: 1n });
    broker.pending[0].ack();
    await sender.enqueue('b2', { position: 2n });
    broker.pending[1].ack();
    await sender.drain();
    expect(committed).toEqual([1n, 2n]);
  });

  describe('while a checkpoint is being stored', () => {
    /** A checkpoint store the test completes by hand, as a slow PostgreSQL commit would. */
    function manualStore() {
      const started: bigint[] = [];
      const stored: bigint[] = [];
      const waiting: { position: bigint; done: () => void; fail: (error: Error) => void }[] = [];
      const commit = ({ position }: { position: bigint }) =>
        new Promise<void>((done, fail) => {
          started.push(position);
          waiting.push({ position, done: () => (stored.push(position), done()), fail });
        });
      return { started, stored, waiting, commit };
    }

    it('sends the next batch as soon as the previous one is acknowledged, without waiting for the store', async () => {
      const broker = manualBroker();
      const store = manualStore();
      const sender = new OrderedSender<string>(broker.send, store.commit, () => undefined);

      await sender.enqueue('b1', { position: 1n });
      broker.pending[0].ack();
      await sender.enqueue('b2', { position: 2n });
      broker.pending[1].ack();
      await sender.enqueue('b3', { position: 3n });

      expect(broker.pending.map((p) => p.batch)).toEqual(['b1', 'b2', 'b3']);
      expect(store.stored).toEqual([]); // the first store has not finished
    });

    it('then stores only the newest checkpoint acknowledged meanwhile, never one whose batch was not acknowledged', async () => {
      const broker = manualBroker();
      const store = manualStore();
      const sender = new OrderedSender<string>(broker.send, store.commit, () => undefined);
      await sender.enqueue('b1', { position: 1n });
      broker.pending[0].ack();
      await sender.enqueue('b2', { position: 2n });
      broker.pending[1].ack();
      await sender.enqueue('b3', { position: 3n });
      broker.pending[2].ack();
      await sender.enqueue('b4', { position: 4n }); // sent, not acknowledged

      store.waiting[0].done();
      await tick();
      store.waiting[1].done();
      await tick();

      expect(store.started).toEqual([1n, 3n]);
      expect(store.stored).toEqual([1n, 3n]);
      broker.pending[3].ack();
      const drained = sender.drain();
      await tick();
      store.waiting[2].done();
      await drained;
      expect(store.stored).toEqual([1n, 3n, 4n]);
    });

    it('stores no later checkpoint once a store failed, and refuses further batches', async () => {
      const broker = manualBroker();
      const store = manualStore();
      const failures: unknown[] = [];
      const sender = new OrderedSender<string>(broker.send, store.commit, (error) => failures.push(error));
      await sender.enqueue('b1', { position: 1n });
      broker.pending[0].ack();
      await sender.enqueue('b2', { position: 2n });
      broker.pending[1].ack();

      store.waiting[0].fail(new Error('database gone'));
      await expect(sender.drain()).rejects.toThrow('database gone');
      await expect(sender.enqueue('b3', { position: 3n })).rejects.toThrow('database gone');
      expect(store.started).toEqual([1n]);
      expect(failures).toHaveLength(1);
      expect(broker.pending).toHaveLength(2);
    });
  });
  describe('handing batches over early to a producer that queues them (depth 2)', () => {
    it('hands the next batch over before the previous was acknowledged, never more than two, and stores checkpoints in order', async () => {
      const broker = manualBroker();
      const committed: bigint[] = [];
      const sender = new OrderedSender<string>(broker.send, async ({ position }) => void committed.push(position), () => undefined, 2);

      await sender.enqueue('b1', { position: 1n });
      await sender.enqueue('b2', { position: 2n });
      const third = sender.enqueue('b3', { position: 3n });
      await tick();
      expect(broker.pending.map((p) => p.batch)).toEqual(['b1', 'b2']); // b3 waits for b1's ack

      broker.pending[1].ack(); // an ack out of order counts only once the batch before it is acknowledged
      await tick();
      expect(committed).toEqual([]);
      broker.pending[0].ack();
      await third;
      expect(broker.pending.map((p) => p.batch)).toEqual(['b1', 'b2', 'b3']);
      broker.pending[2].ack();
      await sender.drain();
      expect(committed[committed.length - 1]).toBe(3n);
      expect(committed).toEqual([...committed].sort());
    });

    it('stores no checkpoint past a refused batch, even for a batch handed over after it, and hands over nothing more', async () => {
      const broker = manualBroker();
      const committed: bigint[] = [];
      const failures: unknown[] = [];
      const sender = new OrderedSender<string>(broker.send, async ({ position }) => void committed.push(position), (error) => failures.push(error), 2);

      await sender.enqueue('b1', { position: 1n });
      await sender.enqueue('b2', { position: 2n });
      broker.pending[1].ack();
      broker.pending[0].fail(new Error('broker down'));
      await expect(sender.drain()).rejects.toThrow('broker down');
      await expect(sender.enqueue('b3', { position: 3n })).rejects.toThrow('broker down');
      expect(committed).toEqual([]);
      expect(failures).toHaveLength(1);
      expect(broker.pending.map((p) => p.batch)).toEqual(['b1', 'b2']);
    });
  });
});
