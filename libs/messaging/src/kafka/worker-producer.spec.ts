import { escalated } from '../testing/fixtures.js';
import { producerThreadsRunning, workerProducer } from './worker-producer.js';

// What the relay sees when its producer thread dies under it (no broker involved: the thread's
// code is replaced by one that answers `connect` and then dies on the first batch, one way or another).
const dyingThread = (death: string) => `
'use strict';
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, op }) => {
  if (op === 'connect') return parentPort.postMessage({ id });
  if (op === 'send') setTimeout(() => { ${death} }, 20);
});
`;
const client = { clientId: 'dying', brokers: ['127.0.0.1:1'] };
const batch = (n: number) => [escalated('rc-a', n)];

describe('a producer thread that dies', () => {
  it.each([
    ['throws', "throw new Error('boom')", /the relay producer thread failed: boom/],
    ['exits', 'process.exit(3)', /the relay producer thread exited \(code 3\)/],
  ])('%s: every batch waiting for its ack fails with the reason, later ones are refused, and no thread is left', async (_how, death, reason) => {
    // given a connected producer whose thread dies on the first batch
    const producer = workerProducer(client, { source: dyingThread(death) });
    await producer.connect();

    // when two batches are handed over at once
    const first = producer.send(producer.prepare(batch(1), () => 't'));
    const second = producer.send(producer.prepare(batch(2), () => 't'));

    // then both fail naming what happened, a later one is refused the same way, and the thread is gone
    await expect(first).rejects.toThrow(reason);
    await expect(second).rejects.toThrow(reason);
    await expect(producer.send(producer.prepare(batch(3), () => 't'))).rejects.toThrow(reason);
    await producer.disconnect();
    expect(producerThreadsRunning()).toBe(0);
  });

  it('fails connect when the thread cannot start, leaving no thread', async () => {
    const producer = workerProducer(client, { source: "throw new Error('cannot load kafkajs')" });
    await expect(producer.connect()).rejects.toThrow(/the relay producer thread failed: cannot load kafkajs/);
    expect(producerThreadsRunning()).toBe(0);
  });
});
