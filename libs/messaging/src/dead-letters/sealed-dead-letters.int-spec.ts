import { disputeEscalatedV1, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import { createPostgresKeyStore, type PostgresPersonalDataKeyStore } from '@linli/event-store';
import type { KafkaMessage } from 'kafkajs';
import { startConsumer, type RunningConsumer } from '../consumer/consumer.js';
import { escalated } from '../testing/fixtures.js';
import { collectTopic, eventually, fastGroup, openIntEnv, openPublishing, type IntEnv, type Publishing } from '../testing/int-env.js';
import { DeadLetters } from './dead-letters.js';
import { personalDataSealer } from './parked-sealer.js';
import { ParkedStore } from './parked-store.js';

// An inbound topic whose messages carry personal data (think of the 12345 hotline's caller): what
// is parked must be unreadable at rest — in linli_parked and in the dead-letter topic — yet a retry
// applies the original message, and a skipped one is shredded for good.
let env: IntEnv;
let keys: PostgresPersonalDataKeyStore;
let parked: ParkedStore;
let consumer: RunningConsumer;
let deadLetters: DeadLetters;
let kafka: Publishing;
let dlqReader: { readonly messages: KafkaMessage[]; close(): Promise<void> };
const applied: ContractEvent[] = [];
const failing = new Set<string>();
const operator = { id: 'ops-1', role: 'operator', orgUnitId: '' };
const groupId = () => `sealed-${env.suffix}`;
const disputeOf = (message: ContractEvent) => (message.event.data as DisputeEscalatedV1).disputeId;

beforeAll(async () => {
  env = await openIntEnv('sealed-dlq');
  keys = await createPostgresKeyStore({ pool: env.pool, schema: env.schema });
  parked = await ParkedStore.create(env.pool, env.schema, { sealer: personalDataSealer(keys) });
  consumer = await startConsumer({
    kafka: env.kafka,
    groupId: groupId(),
    topics: [env.topicName(disputeEscalatedV1.topic)],
    deadLetters: parked,
    retry: { attempts: 2, backoffMs: 20 },
    ...fastGroup,
    handler: async (message) => {
      if (failing.has(disputeOf(message))) throw new Error('the handler cannot apply it yet');
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

const dlq = (): KafkaMessage[] => dlqReader.messages;

describe('dead letters of a consumer that seals them', () => {
  it('stores and copies a parked message sealed, and a retry applies the original once the fault is fixed', async () => {
    // Given a message the handler cannot apply
    failing.add('d-rc-sealed-1');
    const original = escalated('rc-sealed', 1);
    await kafka.publisher.publish([original]);

    // When it is parked
    await eventually(async () => expect(await deadLetters.list(groupId())).toHaveLength(1));
    await eventually(() => expect(dlq()).toHaveLength(1));

    // Then neither the table nor the dead-letter topic holds its content in clear
    const stored = await env.pool.query<{ value: Buffer }>(`SELECT value FROM "${env.schema}".linli_parked WHERE group_id = $1`, [groupId()]);
    for (const bytes of [stored.rows[0]?.value, dlq()[0]?.value]) {
      expect(bytes?.length).toBeGreaterThan(0);
      for (const clear of ['d-rc-sealed-1', 'rc-sealed', original.event.id]) expect(bytes?.toString()).not.toContain(clear);
    }
    // and once the fault is fixed, the operator's retry applies the very message that was sent
    failing.delete('d-rc-sealed-1');
    const result = await deadLetters.retry(groupId(), { key: 'rc-sealed' }, operator, 'handler fixed');
    expect(result).toMatchObject({ failed: null, keyUnparked: true });
    expect(applied.map((message) => message.event)).toEqual([original.event]);
  });

  it('shreds a skipped message for good: its key is destroyed, so even the database cannot open it', async () => {
    // Given a parked message
    failing.add('d-rc-shred-1');
    await kafka.publisher.publish([escalated('rc-shred', 1)]);
    await eventually(async () => expect((await deadLetters.list(groupId())).map((message) => message.key)).toEqual(['rc-shred']));
    const [message] = await deadLetters.list(groupId());
    const withValue = await parked.get(groupId(), message!.id);
    expect(await parked.open(groupId(), withValue!)).toBeInstanceOf(Buffer);

    // When an operator skips it
    await deadLetters.skip(groupId(), message!.id, operator, 'a test ticket, never to be applied');

    // Then what was parked can no longer be opened
    await expect(parked.open(groupId(), withValue!)).rejects.toThrow(/erased/);
    expect(applied.map(disputeOf)).not.toContain('d-rc-shred-1');
  });
});
