import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { disputeEscalatedV1, toCloudEvent, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import { createPostgresEventStore, uuidv7, type PostgresEventStore } from '@linli/event-store';
import { CloudEventPublisher, createReliableProducer, deadLettersStream, ParkedStore, PermanentFailure, startConsumer, type RunningConsumer } from '@linli/messaging';
import { Infrastructure, MessagingRegistry } from '@linli/service-kit';
import { authHeaders, bootService, probeServiceDefinition, testToken, waitForStatus, type BootedService } from '@linli/service-kit/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { main, type Io } from '../main.js';

// A service that runs one consumer group of dispute events keyed by community, with the kit's
// dead-letter routes mounted; the operator drives them through `linli dlq`. A "fault" makes the
// handler fail for chosen disputes until it is fixed. Real broker, PostgreSQL and HTTP throughout.
/** A JSON answer, read loosely by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const suffix = randomUUID().slice(0, 8);
const schema = `dlq_cli_${suffix}`;
const groupId = `dlq-cli-${suffix}`;
const topic = `${disputeEscalatedV1.topic}.dlq-cli-${suffix}`;
const failing = new Map<string, () => Error>();
const applied: { community: string; n: number }[] = [];

const appliedOf = (community: string) => applied.filter((a) => a.community === community).map((a) => a.n);

function escalated(communityId: string, n: number): ContractEvent<DisputeEscalatedV1> {
  const data: DisputeEscalatedV1 = { ...disputeEscalatedV1.example, communityId, disputeId: `d-${communityId}-${n}` };
  return { contract: disputeEscalatedV1, event: toCloudEvent(disputeEscalatedV1, data, { id: uuidv7(), time: '2025-12-03T10:00:00.000Z', correlationId: `corr-${n}` }) };
}

@Injectable()
class DisputeFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: RunningConsumer | undefined;
  constructor(
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(MessagingRegistry) private readonly messaging: MessagingRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = await startConsumer({
      kafka: this.infra.kafka,
      groupId,
      topics: [topic],
      deadLetters: await ParkedStore.create(this.infra.pg, schema),
      retry: { attempts: 2, backoffMs: 20 },
      sessionTimeoutMs: 6_000,
      heartbeatIntervalMs: 500,
      maxWaitTimeMs: 200,
      handler: async ({ event }) => {
        const data = event.data as DisputeEscalatedV1;
        const fault = failing.get(data.disputeId);
        if (fault) throw fault();
        applied.push({ community: data.communityId, n: Number(data.disputeId.split('-').pop()) });
      },
    });
    this.messaging.registerConsumer(this.consumer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

@Module({ providers: [DisputeFeed] })
class DisputeFeedModule {}

const probe = probeServiceDefinition('dlq-probe', { module: DisputeFeedModule, deadLetters: true });

async function eventually<T>(probeFn: () => T | Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probeFn();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

let service: BootedService;
let kafka: Kafka;
let producer: Producer;
let publisher: CloudEventPublisher;
let store: PostgresEventStore;
let operatorToken: string;

/** Runs `linli dlq …` against the probe service as operator ops-7 (a token the service trusts). */
async function linli(...argv: string[]): Promise<{ code: number; out: string; err: string; json: () => Json }> {
  const io = capture();
  const code = await main(['dlq', ...argv, '--url', service.url, '--token', operatorToken], io);
  return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) };
}

const listed = async () => (await linli('list', '--group', groupId, '--json')).json().groups[0].parked as { id: string; key: string; reason: string }[];
const operatorEvents = async () => (await store.readStream(deadLettersStream(groupId))).map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, actor: e.metadata.actor.id, reason: e.metadata['reason'] }));

beforeAll(async () => {
  operatorToken = await testToken({ subject: 'ops-7', role: 'operator' });
  service = await bootService(probe);
  await waitForStatus(`${service.url}/health/ready`, 200);
  kafka = new Kafka({ clientId: `dlq-cli-${suffix}`, brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING });
  producer = createReliableProducer(kafka);
  await producer.connect();
  publisher = new CloudEventPublisher(producer, () => topic);
  store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, poolSize: 2 });
});

afterAll(async () => {
  await service?.close();
  await producer?.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic, `${groupId}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
  await store?.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await store?.close();
});

describe('linli dlq, through the owning service', () => {
  // rc-a and rc-g hash to the same partition: B flows past A inside one partition.
  it("lists community A's parked messages in their order while community B's kept flowing", async () => {
    failing.set('d-rc-a-1', () => new Error('projection store rejected the write'));
    await publisher.publish([escalated('rc-a', 1), escalated('rc-g', 1), escalated('rc-a', 2), escalated('rc-g', 2), escalated('rc-a', 3), escalated('rc-g', 3)]);

    await eventually(async () => expect((await listed()).map((m) => [m.key, m.reason])).toEqual([['rc-a', 'failed'], ['rc-a', 'key-parked'], ['rc-a', 'key-parked']]));
    await eventually(() => expect(appliedOf('rc-g')).toEqual([1, 2, 3]));
    expect(appliedOf('rc-a')).toEqual([]);

    const human = await linli('list');
    expect(human.code).toBe(0);
    expect(human.out).toContain(`${groupId}: 3 parked`);
    expect(human.out).toMatch(/key rc-a\s+failed\s+attempts 2\s+.*Error: projection store rejected the write/);
  });

  it("reports the group's lag in /health/ready and as a Prometheus gauge, with its parked count", async () => {
    const ready = (await (await waitForStatus(`${service.url}/health/ready`, 200)).json()) as Json;
    expect(ready.details.consumers).toMatchObject({ status: 'up', groups: { [groupId]: { lag: expect.any(Number) } } });
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`linli_consumer_lag\\{[^}]*group="${groupId}"[^}]*topic="${topic.replaceAll('.', '\\.')}"`));
    expect(metrics).toMatch(new RegExp(`linli_dead_letter_parked\\{[^}]*group="${groupId}"[^}]*\\} 3`));
  });

  it('refuses an action without a reason (exit 2, the service names the field) and a group it does not run (exit 1)', async () => {
    expect((await linli('retry', '--group', groupId, '--key', 'rc-a')).code).toBe(2);
    const noReason = await fetch(`${service.url}/dead-letters/${groupId}/rc-a/retry`, { method: 'POST', headers: { ...(await authHeaders({ subject: 'ops-7', role: 'operator' })), 'content-type': 'application/json' }, body: '{"reason":""}' });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as Json).errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'minLength' })]);

    const assessor = capture();
    expect(await main(['dlq', 'retry', '--group', groupId, '--key', 'rc-a', '--reason', 'try', '--url', service.url, '--token', await testToken({ subject: 'as-1', role: 'assessor' })], assessor)).toBe(1);
    expect(assessor.err).toContain('403');

    const elsewhere = await linli('retry', '--group', 'linli-someone-else', '--key', 'rc-a', '--reason', 'try');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain('404 consumer group linli-someone-else does not run in this process');
  });

  it("applies A's parked messages in their original order once the fault is fixed, records who and why, then lets A flow", async () => {
    failing.clear();
    const retry = await linli('retry', '--group', groupId, '--key', 'rc-a', '--reason', 'projection store fixed (INC-42)', '--json');
    expect(retry.code).toBe(0);
    expect(retry.json()).toMatchObject({ key: 'rc-a', failed: null, keyUnparked: true, appliedIds: [expect.any(String), expect.any(String), expect.any(String)] });
    expect(appliedOf('rc-a')).toEqual([1, 2, 3]);
    expect(await listed()).toEqual([]);
    expect(await operatorEvents()).toEqual([
      { type: 'messaging.DeadLetterRetried', data: expect.objectContaining({ key: 'rc-a', keyUnparked: true }), actor: 'ops-7', reason: 'projection store fixed (INC-42)' },
    ]);

    await publisher.publish([escalated('rc-a', 4)]);
    await eventually(() => expect(appliedOf('rc-a')).toEqual([1, 2, 3, 4]));
  });

  it('skips a message that can never apply with a reason, records it and releases the key', async () => {
    failing.set('d-rc-c-1', () => new PermanentFailure('dispute unknown to this projection'));
    await publisher.publish([escalated('rc-c', 1)]);
    await eventually(async () => expect((await listed()).map((m) => m.key)).toEqual(['rc-c']));

    const [parked] = await listed();
    const skip = await linli('skip', '--group', groupId, '--id', parked.id, '--reason', 'reported twice; the other report is handled');
    expect(skip.code).toBe(0);
    expect(skip.out).toMatch(/skipped #\d+ \(key rc-c, .*\); nothing of the key is parked any more/);
    expect((await operatorEvents()).at(-1)).toEqual({ type: 'messaging.DeadLetterSkipped', data: expect.objectContaining({ key: 'rc-c' }), actor: 'ops-7', reason: 'reported twice; the other report is handled' });

    await publisher.publish([escalated('rc-c', 2)]);
    await eventually(() => expect(appliedOf('rc-c')).toEqual([2]));
    expect(await listed()).toEqual([]);
    expect((await linli('skip', '--group', groupId, '--key', 'rc-c', '--reason', 'again')).code).toBe(1);
    expect((await linli('skip', '--group', groupId, '--id', parked.id, '--reason', 'again')).code).toBe(1);
  });
});
