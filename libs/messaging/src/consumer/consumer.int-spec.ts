import { disputeEscalatedV1, disputeResolvedV1, toCloudEvent, type ContractEvent } from '@linli/contracts';
import { ParkedStore } from '../dead-letters/parked-store.js';
import { consumerLag } from '../lag/consumer-lag.js';
import { deferred, escalated, numberOf } from '../testing/fixtures.js';
import { eventually, fastGroup, openIntEnv, openPublishing, type IntEnv, type Publishing } from '../testing/int-env.js';
import { startConsumer, type ConsumerOptions } from './consumer.js';
import type { MessageHandler } from './handler.js';

let env: IntEnv;
let kafka: Publishing;
let parked: ParkedStore;
const topic = () => env.topicName(disputeEscalatedV1.topic);
const options = (groupId: string, handler: MessageHandler): ConsumerOptions => ({
  kafka: env.kafka,
  groupId: `${groupId}-${env.suffix}`,
  topics: [topic()],
  deadLetters: parked,
  retry: { attempts: 3, backoffMs: 20 },
  handler,
  ...fastGroup,
});

beforeAll(async () => {
  env = await openIntEnv('consumer');
  parked = await ParkedStore.create(env.pool, env.schema);
  kafka = await openPublishing(env);
});

afterAll(async () => {
  await kafka?.close();
  await env?.close();
});

describe('a consumer', () => {
  it('finishes the in-flight message on stop, commits its offset and leaves; a restart resumes after it', async () => {
    const release = deferred();
    const entered = deferred();
    const seen: number[] = [];
    const groupId = `shutdown-${env.suffix}`;
    const first = await startConsumer(
      options('shutdown', async (message) => {
        seen.push(numberOf(message));
        entered.resolve();
        await release.promise;
      }),
    );
    await kafka.publisher.publish([escalated('rc-s', 1), escalated('rc-s', 2)]);
    await entered.promise;
    const stopping = first.stop();
    setTimeout(release.resolve, 200);
    await stopping;

    expect(seen).toEqual([1]);
    const [lag] = (await consumerLag(kafka.admin, groupId, [topic()])).filter((p) => p.lag > 0 || p.committed !== '-1');
    expect(lag).toMatchObject({ committed: '1', end: '2', lag: 1 });

    const second = await startConsumer(options('shutdown', async (message) => void seen.push(numberOf(message))));
    await eventually(() => expect(seen).toEqual([1, 2]));
    await second.stop();
  });

  it('retries a transient failure with backoff and applies the message', async () => {
    let failures = 0;
    const applied: ContractEvent[] = [];
    const consumer = await startConsumer(
      options('transient', async (message, { attempt }) => {
        if (numberOf(message) === 1 && attempt < 3) {
          failures++;
          throw new Error('database restarting');
        }
        applied.push(message);
      }),
    );
    await eventually(() => expect(applied.map(numberOf)).toEqual([1, 2]));
    await consumer.stop();
    expect(failures).toBe(2);
    expect(await parked.list(`transient-${env.suffix}`)).toEqual([]);
  });

  it('hands the handler only the contracts it accepts and acknowledges the others', async () => {
    const resolved = toCloudEvent(disputeResolvedV1, { ...disputeResolvedV1.example, communityId: 'rc-s' }, { id: 'resolved-1', time: '2025-12-08T16:00:00.000Z' });
    await kafka.publisher.publish([{ contract: disputeResolvedV1, event: resolved }]);
    const types: string[] = [];
    const consumer = await startConsumer({ ...options('accepting', async (message) => void types.push(message.event.type)), accept: [disputeResolvedV1] });
    await eventually(() => expect(types).toEqual([disputeResolvedV1.type]));
    await eventually(async () => expect((await consumerLag(kafka.admin, `accepting-${env.suffix}`, [topic()])).every((p) => p.lag === 0)).toBe(true));
    await consumer.stop();
  });
});
