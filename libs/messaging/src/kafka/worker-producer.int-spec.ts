import type { Admin } from 'kafkajs';
import { escalated } from '../testing/fixtures.js';
import { openIntEnv, type IntEnv } from '../testing/int-env.js';
import { ensureTopics } from './topics.js';
import { ProducerThreadError, producerThreadsRunning, workerProducer } from './worker-producer.js';

// The producer thread alone, against the real broker: what the relay's early handover relies on.
let env: IntEnv;
let admin: Admin;
const brokers = () => process.env['KAFKA_BROKERS']!.split(',');

beforeAll(async () => {
  env = await openIntEnv('worker-producer');
  admin = env.kafka.admin();
  await admin.connect();
});

afterAll(async () => {
  await admin?.disconnect();
  await env?.close();
});

describe('the producer thread', () => {
  it('refuses, unsent, a batch handed over behind one the broker refused', async () => {
    // given a one-partition topic taking record batches of up to 1,000 bytes (one event fits, three do not)
    const topic = env.topicName('linli.worker-producer.small');
    await ensureTopics(admin, [{ topic, partitions: 1, config: { 'max.message.bytes': '1000' } }]);
    const producer = workerProducer({ clientId: `worker-producer-${env.suffix}`, brokers: brokers() });
    await producer.connect();
    try {
      // when a batch too large for it and a small one behind it are handed over at once
      const tooLarge = producer.send(producer.prepare([escalated('rc-a', 1), escalated('rc-a', 2), escalated('rc-a', 3)], () => topic));
      const behind = producer.send(producer.prepare([escalated('rc-a', 4)], () => topic));

      // then both fail with the broker's refusal, and nothing reached the topic
      const refusal = await tooLarge.then(() => undefined, (error: unknown) => error);
      expect(refusal).toBeInstanceOf(ProducerThreadError);
      await expect(behind).rejects.toThrow((refusal as ProducerThreadError).message);
      const [partition] = await admin.fetchTopicOffsets(topic);
      expect(partition.high).toBe('0');
    } finally {
      await producer.disconnect();
    }
    expect(producerThreadsRunning()).toBe(0);
  });

  it('sends batches handed over at once one after another, in order', async () => {
    const topic = env.topicName('linli.worker-producer.order');
    await ensureTopics(admin, [{ topic, partitions: 1 }]);
    const producer = workerProducer({ clientId: `worker-producer-${env.suffix}`, brokers: brokers() });
    await producer.connect();
    await Promise.all(Array.from({ length: 6 }, (_, b) => producer.send(producer.prepare([1, 2, 3].map((i) => escalated('rc-a', b * 3 + i)), () => topic))));
    await producer.disconnect();

    const read: string[] = [];
    const reader = env.kafka.consumer({ groupId: `reader-${env.suffix}`, maxWaitTimeInMs: 200 });
    await reader.connect();
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void read.push((JSON.parse(message.value!.toString()) as { correlationid: string }).correlationid) });
    const deadline = Date.now() + 30_000;
    while (read.length < 18 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await reader.disconnect();
    expect(read).toEqual(Array.from({ length: 18 }, (_, i) => `corr-${i + 1}`));
  });
});
