import { disputeEscalatedV1, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import type { KafkaMessage } from 'kafkajs';
import { startConsumer, type RunningConsumer } from '../consumer/consumer.js';
import { PermanentFailure } from '../consumer/handler.js';
import { escalated, numberOf } from '../testing/fixtures.js';
import { collectTopic, eventually, fastGroup, openIntEnv, openPublishing, type IntEnv, type Publishing } from '../testing/int-env.js';
import { DeadLetters } from './dead-letters.js';
import { deadLettersStream } from './operator-events.js';
import { ParkedStore } from './parked-store.js';

// One consumer group handles dispute events keyed by community. A "fault" makes the handler fail
// for chosen disputes until it is fixed; the operator then retries or skips what was parked.
let env: IntEnv;
let parked: ParkedStore;
let consumer: RunningConsumer;
let deadLetters: DeadLetters;
let kafka: Publishing;
let dlqReader: { readonly messages: KafkaMessage[]; close(): Promise<void> };
const applied: ContractEvent[] = [];
const partitionOf = new Map<string, number>();
const failing = new Map<string, () => Error>();
const operator = { id: 'ops-1', role: 'operator', orgUnitId: '' };
const groupId = () => `ratings-dl-${env.suffix}`;
const topic = () => env.topicName(disputeEscalatedV1.topic);
const appliedOf = (community: string) => applied.filter((m) => m.event.subject === community).map(numberOf);
const send = (...events: ContractEvent[]) => kafka.publisher.publish(events);

beforeAll(async () => {
  env = await openIntEnv('dlq');
  parked = await ParkedStore.create(env.pool, env.schema);
  consumer = await startConsumer({
    kafka: env.kafka,
    groupId: groupId(),
    topics: [topic()],
    deadLetters: parked,
    retry: { attempts: 2, backoffMs: 20 },
    ...fastGroup,
    handler: async (message, context) => {
      partitionOf.set(context.key, context.partition);
      const fault = failing.get((message.event.data as DisputeEscalatedV1).disputeId);
      if (fault) throw fault();
      applied.push(message);
    },
  });
  deadLetters = new DeadLetters(parked, env.store, [consumer]);
  kafka = await openPublishing(env);
  dlqReader = await collectTopic(env, consumer.deadLetterTopic);
});

afterAll(async () => {
  await Promise.allSettled([consumer?.stop(), dlqReader?.close(), kafka?.close()]);
  await env?.close();
});

const header = (message: KafkaMessage, name: string) => message.headers?.[name]?.toString();

describe('a message that keeps failing', () => {
  // rc-a and rc-g hash to the same partition: B flows past A inside one partition, not beside it.
  it("parks community A's messages in order while community B's keep flowing", async () => {
    failing.set('d-rc-a-1', () => new Error('projection store rejected the write'));
    await send(escalated('rc-a', 1), escalated('rc-g', 1), escalated('rc-a', 2), escalated('rc-g', 2), escalated('rc-a', 3), escalated('rc-g', 3));

    await eventually(async () => expect((await deadLetters.list(groupId())).map((m) => m.reason)).toEqual(['failed', 'key-parked', 'key-parked']));
    await eventually(() => expect(appliedOf('rc-g')).toEqual([1, 2, 3]));
    expect(appliedOf('rc-a')).toEqual([]);
    expect(partitionOf.get('rc-a')).toBe(partitionOf.get('rc-g'));

    const list = await deadLetters.list(groupId());
    expect(list.map((m) => m.key)).toEqual(['rc-a', 'rc-a', 'rc-a']);
    expect(list[0]).toMatchObject({ attempts: 2, error: 'Error: projection store rejected the write', status: 'parked' });
    expect(list.map((m) => Number(m.offset))).toEqual([...list.map((m) => Number(m.offset))].sort((a, b) => a - b));
  });

  it('copies the parked messages to the dead-letter topic with their error, attempts and origin', async () => {
    await eventually(() => expect(dlqReader.messages.filter((m) => m.key?.toString() === 'rc-a')).toHaveLength(3));
    const list = await deadLetters.list(groupId());
    const copies = dlqReader.messages.filter((m) => m.key?.toString() === 'rc-a');
    expect(copies.map((m) => header(m, 'dlq-original-offset'))).toEqual(list.map((m) => m.offset));
    expect(copies.map((m) => header(m, 'dlq-reason'))).toEqual(['failed', 'key-parked', 'key-parked']);
    expect(copies[0].headers).toMatchObject({ 'content-type': expect.anything() });
    expect({ error: header(copies[0], 'dlq-error'), attempts: header(copies[0], 'dlq-attempts'), topic: header(copies[0], 'dlq-original-topic'), partition: header(copies[0], 'dlq-original-partition') }).toEqual({
      error: 'Error: projection store rejected the write',
      attempts: '2',
      topic: topic(),
      partition: String(list[0].partition),
    });
  });

  it("applies A's parked messages in their original order once the fault is fixed and an operator retries, then lets A flow", async () => {
    failing.clear();
    const result = await deadLetters.retry(groupId(), { key: 'rc-a' }, operator, 'projection store fixed (INC-42)');
    expect(result).toMatchObject({ key: 'rc-a', failed: null, keyUnparked: true });
    expect(result.appliedIds).toHaveLength(3);
    expect(appliedOf('rc-a')).toEqual([1, 2, 3]);
    expect(await deadLetters.list(groupId())).toEqual([]);

    await send(escalated('rc-a', 4));
    await eventually(() => expect(appliedOf('rc-a')).toEqual([1, 2, 3, 4]));
    const [recorded] = await env.store.readStream(deadLettersStream(groupId()));
    expect(recorded).toMatchObject({ type: 'messaging.DeadLetterRetried', data: { key: 'rc-a', appliedIds: result.appliedIds, keyUnparked: true } });
    expect(recorded.metadata).toMatchObject({ actor: operator, reason: 'projection store fixed (INC-42)' });
  });

  it('lets an operator skip a message that can never apply, then retry the rest of its key', async () => {
    failing.set('d-rc-c-1', () => new PermanentFailure('dispute unknown to this projection'));
    await send(escalated('rc-c', 1), escalated('rc-c', 2));
    await eventually(async () => expect((await deadLetters.list(groupId())).filter((m) => m.key === 'rc-c')).toHaveLength(2));
    const [first] = (await deadLetters.list(groupId())).filter((m) => m.key === 'rc-c');
    expect(first.attempts).toBe(1); // permanent: no retries

    await deadLetters.skip(groupId(), first.id, operator, 'reported twice; the other report is handled');
    await expect(deadLetters.retry(groupId(), { id: first.id }, operator, 'again')).rejects.toThrow(/no parked message/);
    const result = await deadLetters.retry(groupId(), { key: 'rc-c' }, operator, 'rest of the key');
    expect(result).toMatchObject({ failed: null, keyUnparked: true });
    expect(appliedOf('rc-c')).toEqual([2]);
    const types = (await env.store.readStream(deadLettersStream(groupId()))).map((e) => [e.type, e.metadata.reason]);
    expect(types.slice(-2)).toEqual([
      ['messaging.DeadLetterSkipped', 'reported twice; the other report is handled'],
      ['messaging.DeadLetterRetried', 'rest of the key'],
    ]);
  });
});

describe('a message that breaks its contract', () => {
  it('goes to the dead-letter topic with the validation error and never reaches the handler', async () => {
    const valid = escalated('rc-d', 1).event;
    const { communityId: _dropped, ...withoutCommunity } = valid.data;
    await kafka.producer.send({ topic: topic(), acks: -1, messages: [{ key: 'rc-d', value: JSON.stringify({ ...valid, data: withoutCommunity }) }, { key: 'rc-e', value: 'not json' }] });

    await eventually(() => expect(dlqReader.messages.filter((m) => ['rc-d', 'rc-e'].includes(m.key!.toString()))).toHaveLength(2));
    const [d, e] = ['rc-d', 'rc-e'].map((key) => dlqReader.messages.find((m) => m.key?.toString() === key)!);
    expect(header(d, 'dlq-reason')).toBe('invalid');
    expect(header(d, 'dlq-error')).toContain('data.communityId is required');
    expect(header(e, 'dlq-error')).toContain('(value) is not JSON');
    expect(applied.filter((m) => m.event.partitionkey === 'rc-d')).toEqual([]);
    const invalid = (await deadLetters.list(groupId())).filter((m) => m.reason === 'invalid');
    expect(invalid.map((m) => [m.key, m.eventId])).toEqual([
      ['rc-d', null],
      ['rc-e', null],
    ]);
  });
});
