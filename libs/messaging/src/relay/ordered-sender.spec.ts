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
});
