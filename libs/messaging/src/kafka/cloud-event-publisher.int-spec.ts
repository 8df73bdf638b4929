import { disputeEscalatedV1 } from '@linli/contracts';
import type { Admin, Producer } from 'kafkajs';
import { escalated } from '../testing/fixtures.js';
import { openIntEnv, type IntEnv } from '../testing/int-env.js';
import { CloudEventPublisher, createReliableProducer } from './cloud-event-publisher.js';
import { ensureTopics, topicSpecsFor, waitForLeaders } from './topics.js';

let env: IntEnv;
let admin: Admin;
let producer: Producer;
let publisher: CloudEventPublisher;
const topic = () => env.topicName(disputeEscalatedV1.topic);
const published = async () => (await admin.fetchTopicOffsets(topic())).reduce((sum, p) => sum + Number(p.high), 0);

beforeAll(async () => {
  env = await openIntEnv('publisher');
  admin = env.kafka.admin();
  producer = createReliableProducer(env.kafka);
  await Promise.all([admin.connect(), producer.connect()]);
  await ensureTopics(admin, topicSpecsFor([disputeEscalatedV1], env.topicName));
  publisher = new CloudEventPublisher(producer, env.topicName);
});

afterAll(async () => {
  await Promise.allSettled([producer?.disconnect(), admin?.disconnect()]);
  await env?.close();
});

describe('publishing CloudEvents', () => {
  it('sends valid events with acks from all replicas, keyed by community', async () => {
    await publisher.publish([escalated('rc-a', 1), escalated('rc-b', 1)]);
    expect(await published()).toBe(2);
  });

  it('refuses a batch holding an event whose payload breaks its schema, and sends none of it', async () => {
    const before = await published();
    const valid = escalated('rc-a', 2);
    const invalid = { ...valid, event: { ...valid.event, data: { ...valid.event.data, workingDaysAllowed: -1 } } };
    await expect(publisher.publish([valid, invalid])).rejects.toMatchObject({ name: 'ContractViolation', field: 'data.workingDaysAllowed', rule: expect.stringContaining('(minimum)') });
    expect(await published()).toBe(before);
  });

  it('refuses an event published under another contract', async () => {
    const valid = escalated('rc-a', 3);
    await expect(publisher.publish([{ ...valid, event: { ...valid.event, type: 'cn.linli.disputes.dispute-closed.v1' } }])).rejects.toThrow(/published under contract/);
  });

  it('creates topics idempotently, leaving an existing one as it is', async () => {
    await ensureTopics(admin, [{ topic: topic(), partitions: 6 }, { topic: topic() }]);
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic()] })).topics;
    expect(metadata.partitions).toHaveLength(3);
  });

  it('returns from creating topics only once every partition of each has a leader, so the next call can use them', async () => {
    const fresh = Array.from({ length: 8 }, (_, i) => `${topic()}.fresh-${i}`);
    await ensureTopics(admin, fresh.map((name) => ({ topic: name })));
    const { topics } = await admin.fetchTopicMetadata({ topics: fresh });
    expect(topics.flatMap((t) => t.partitions.map((p) => p.leader >= 0 && p.partitionErrorCode === 0))).toEqual(Array(8 * 3).fill(true));
    await admin.deleteTopics({ topics: fresh });
  });

  it('names the topics when their leaders do not appear in time', async () => {
    await expect(waitForLeaders(admin, [`${topic()}.never-created`], 300)).rejects.toThrow(/never-created have no leaders after 300 ms/);
  });
});
