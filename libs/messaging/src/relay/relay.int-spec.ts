import { ContractViolation, disputeEscalatedV1, exampleDisputesGateway, gatewayFrom, publicEvent, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import type { Admin } from 'kafkajs';
import { Registry } from 'prom-client';
import { ensureTopics, topicSpecsFor } from '../kafka/topics.js';
import { startConsumer, type RunningConsumer } from '../consumer/consumer.js';
import { PostgresInbox } from '../consumer/inbox.js';
import { ParkedStore } from '../dead-letters/parked-store.js';
import { consumerLag, totalLag } from '../lag/consumer-lag.js';
import { registerMessagingMetrics } from '../metrics/messaging-metrics.js';
import { storedEscalation } from '../testing/fixtures.js';
import { eventually, fastGroup, openIntEnv, type IntEnv } from '../testing/int-env.js';
import { PostgresCheckpointStore } from './checkpoint-store.js';
import { startRelay } from './relay.js';

// The disputes service's relay publishes; a consumer "in another service" (its own group) applies
// each event into a PostgreSQL table through the inbox, so duplicates are visible as such.
let env: IntEnv;
let checkpoints: PostgresCheckpointStore;
let consumer: RunningConsumer;
const received: ContractEvent[] = [];
const keys: string[] = [];
let admin: Admin;
const groupId = () => `ratings-${env.suffix}`;
const topic = () => env.topicName(disputeEscalatedV1.topic);
// Each test relays its own dispute's stream only, so what one test publishes never mixes into another's counts.
const relayOptions = (name: string, disputeId: string) => ({
  name,
  store: env.store,
  kafka: env.kafka,
  gateway: exampleDisputesGateway,
  checkpoints,
  filter: { streamPrefixes: [`disputes.Dispute-${disputeId}`] },
  batchSize: 50,
  topicName: env.topicName,
});

beforeAll(async () => {
  env = await openIntEnv('relay');
  checkpoints = await PostgresCheckpointStore.create(env.pool, env.schema);
  const inbox = await PostgresInbox.create(env.pool, env.schema);
  await env.pool.query(`CREATE TABLE "${env.schema}".applied (event_id text NOT NULL, dispute_id text NOT NULL)`);
  admin = env.kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topicSpecsFor([disputeEscalatedV1], env.topicName));
  consumer = await startConsumer({
    kafka: env.kafka,
    groupId: groupId(),
    topics: [topic()],
    inbox,
    deadLetters: await ParkedStore.create(env.pool, env.schema),
    ...fastGroup,
    handler: async (message, { key, tx }) => {
      received.push(message);
      keys.push(key);
      await tx!.query(`INSERT INTO "${env.schema}".applied VALUES ($1, $2)`, [message.event.id, (message.event.data as DisputeEscalatedV1).disputeId]);
    },
  });
});

afterAll(async () => {
  await consumer?.stop();
  await admin?.disconnect();
  await env?.close();
});

const appliedRows = async (disputeId: string) => (await env.pool.query(`SELECT event_id FROM "${env.schema}".applied WHERE dispute_id = $1`, [disputeId])).rows;

describe('the relay', () => {
  it('delivers an event appended in one service as a valid CloudEvent to a consumer in another', async () => {
    const stored = storedEscalation('rc-yingbin', 'd-first');
    await env.store.appendToStream('disputes.Dispute-d-first', [stored]);
    const relay = await startRelay(relayOptions('disputes-first', 'd-first'));
    await eventually(() => expect(received.map((m) => m.event.id)).toContain(stored.eventId));
    await relay.stop();

    const [recorded] = await env.store.readStream('disputes.Dispute-d-first');
    const message = received.find((m) => m.event.id === stored.eventId)!;
    expect(message.contract).toBe(disputeEscalatedV1);
    expect(message.event).toEqual({
      specversion: '1.0',
      id: stored.eventId,
      source: '/linli/disputes',
      type: 'cn.linli.disputes.dispute-escalated.v1',
      subject: 'rc-yingbin',
      time: '2025-12-03T10:00:00.000Z',
      datacontenttype: 'application/json',
      dataschema: 'urn:linli:schema:cn.linli.disputes.dispute-escalated.v1',
      correlationid: 'corr-escalate',
      causationid: 'cmd-escalate',
      position: recorded.globalPosition.toString(),
      streamrevision: '0',
      partitionkey: 'rc-yingbin',
      data: { ...disputeEscalatedV1.example, communityId: 'rc-yingbin', disputeId: 'd-first' },
    });
    expect(keys[received.indexOf(message)]).toBe('rc-yingbin');
    expect(await checkpoints.load('disputes-first')).toBeGreaterThanOrEqual(recorded.globalPosition);
  });

  it('republishes after a crash between publish and checkpoint, and the consumer applies the duplicate once', async () => {
    const stored = storedEscalation('rc-jiaoshi', 'd-crash');
    await env.store.appendToStream('disputes.Dispute-d-crash', [stored]);
    const sent = await publishedCount();
    const crashing = await startRelay({ ...relayOptions('disputes-crash', 'd-crash'), afterPublish: () => Promise.reject(new Error('killed after publish')) });
    await expect(crashing.done).rejects.toThrow('killed after publish');
    expect(await checkpoints.load('disputes-crash')).toBeUndefined();
    expect(await publishedCount()).toBe(sent + 1);

    const restarted = await startRelay(relayOptions('disputes-crash', 'd-crash'));
    await eventually(async () => expect(await checkpoints.load('disputes-crash')).toBeDefined());
    await restarted.stop();
    expect(await publishedCount()).toBe(sent + 2); // the same CloudEvent twice: a duplicate, no gap
    await eventually(async () => expect(totalLag(await consumerLag(admin, groupId(), [topic()]))).toBe(0));

    expect(received.filter((m) => m.event.id === stored.eventId)).toHaveLength(1); // the inbox stopped the second
    expect(await appliedRows('d-crash')).toEqual([{ event_id: stored.eventId }]);
  });

  it('fails loudly and keeps its checkpoint when the gateway maps an event to a payload that breaks its schema', async () => {
    const stored = storedEscalation('rc-zhongyang', 'd-broken');
    await env.store.appendToStream('disputes.Dispute-d-broken', [stored]);
    const sent = await publishedCount();
    const broken = gatewayFrom({ 'disputes.DisputeEscalated': () => publicEvent(disputeEscalatedV1, { ...disputeEscalatedV1.example, toLevel: 9 }) });
    const relay = await startRelay({ ...relayOptions('disputes-broken', 'd-broken'), gateway: broken });
    const failure = await relay.done.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractViolation);
    expect(failure).toMatchObject({ field: 'data.toLevel', rule: expect.stringContaining('(maximum)') });
    expect(await checkpoints.load('disputes-broken')).toBeUndefined();
    expect(await publishedCount()).toBe(sent);
  });

  it('reports its lag and the consumer lag as metrics', async () => {
    const relay = await startRelay(relayOptions('disputes-first', 'd-first'));
    await eventually(async () => expect(await relay.lag()).toBe(0));
    const registry = new Registry();
    registerMessagingMetrics(registry, { admin, relays: [relay], groups: [{ groupId: groupId(), topics: [topic()] }], parked: await ParkedStore.create(env.pool, env.schema) });
    const text = await registry.metrics();
    await relay.stop();
    expect(text).toContain('linli_relay_lag_events{relay="disputes-first"} 0');
    expect(text).toMatch(new RegExp(`linli_consumer_lag\\{group="${groupId()}",topic="${topic().replaceAll('.', '\\.')}",partition="\\d"\\} 0`));
    expect(text).toContain(`linli_dead_letter_parked{group="${groupId()}"} 0`);
  });
});

async function publishedCount(): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic());
  return offsets.reduce((sum, p) => sum + Number(p.high), 0);
}
