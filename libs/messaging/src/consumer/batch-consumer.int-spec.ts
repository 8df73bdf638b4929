import { disputeEscalatedV1, type ContractEvent, type DisputeEscalatedV1 } from '@linli/contracts';
import { ParkedStore } from '../dead-letters/parked-store.js';
import { consumerLag } from '../lag/consumer-lag.js';
import { escalated, numberOf } from '../testing/fixtures.js';
import { eventually, fastGroup, openIntEnv, openPublishing, type IntEnv, type Publishing } from '../testing/int-env.js';
import { startConsumer, type ConsumerOptions } from './consumer.js';
import { PermanentFailure, type BatchItem } from './handler.js';

let env: IntEnv;
let kafka: Publishing;
let parked: ParkedStore;
const topic = () => env.topicName(disputeEscalatedV1.topic);
const communityOf = (message: ContractEvent): string => (message.event.data as DisputeEscalatedV1).communityId;

/** A consumer of this file's topic that sees only the communities of one test (the topic is shared by the file's tests). */
function consumer(group: string, communities: readonly string[], handlers: Pick<ConsumerOptions, 'handler' | 'batchHandler'>): ConsumerOptions {
  const mine = (message: ContractEvent) => communities.includes(communityOf(message));
  const { handler, batchHandler } = handlers;
  return {
    kafka: env.kafka,
    groupId: `${group}-${env.suffix}`,
    topics: [topic()],
    deadLetters: parked,
    retry: { attempts: 3, backoffMs: 20, maxBackoffMs: 50 },
    handler: async (message, context) => (mine(message) ? handler(message, context) : undefined),
    ...(batchHandler && { batchHandler: async (items: readonly BatchItem[]) => batchHandler(items.filter(({ message }) => mine(message))) }),
    ...fastGroup,
  };
}

async function publish(community: string, numbers: readonly number[]): Promise<void> {
  await kafka.publisher.publish(numbers.map((n) => escalated(community, n)));
}

const byCommunity = (applied: readonly ContractEvent[], community: string): number[] => applied.filter((message) => communityOf(message) === community).map(numberOf);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

beforeAll(async () => {
  env = await openIntEnv('batch-consumer');
  parked = await ParkedStore.create(env.pool, env.schema);
  kafka = await openPublishing(env, [topic()]);
});

afterAll(async () => {
  await kafka?.close();
  await env?.close();
});

describe('a consumer with a batch handler', () => {
  it('applies runs of messages together, each community in order, and commits every offset', async () => {
    // Given 40 events of two communities already in the topic
    await publish('rc-batch-a', range(1, 20));
    await publish('rc-batch-b', range(1, 20));
    const applied: ContractEvent[] = [];
    const batchSizes: number[] = [];

    // When a consumer with a batch handler reads them
    const running = await startConsumer(
      consumer('batches', ['rc-batch-a', 'rc-batch-b'], {
        handler: async (message) => void applied.push(message),
        batchHandler: async (items) => {
          batchSizes.push(items.length);
          applied.push(...items.map(({ message }) => message));
        },
      }),
    );

    // Then each community's events arrive once each and in order, mostly in runs, and nothing lags
    await eventually(() => expect(applied).toHaveLength(40));
    expect(byCommunity(applied, 'rc-batch-a')).toEqual(range(1, 20));
    expect(byCommunity(applied, 'rc-batch-b')).toEqual(range(1, 20));
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    await eventually(async () => expect((await consumerLag(kafka.admin, `batches-${env.suffix}`, [topic()])).every((p) => p.lag === 0)).toBe(true));
    await running.stop();
  });

  it('parks the poison message of a run with its key\'s later messages while other keys flow', async () => {
    // Given a community whose third event no handler can apply, beside a healthy community
    await publish('rc-poison-a', range(1, 6));
    await publish('rc-poison-b', range(1, 6));
    const poison = (message: ContractEvent) => communityOf(message) === 'rc-poison-a' && numberOf(message) === 3;
    const applied: ContractEvent[] = [];

    // When the consumer reads them in runs
    const running = await startConsumer(
      consumer('poison', ['rc-poison-a', 'rc-poison-b'], {
        handler: async (message) => {
          if (poison(message)) throw new PermanentFailure('rule broken');
          applied.push(message);
        },
        batchHandler: async (items) => {
          if (items.some(({ message }) => poison(message))) throw new PermanentFailure('a message of the run breaks a rule');
          applied.push(...items.map(({ message }) => message));
        },
      }),
    );

    // Then A stops before its poison, A's later events wait parked behind it, and B is applied whole
    await eventually(async () => expect((await parked.list(`poison-${env.suffix}`)).map((p) => p.reason)).toEqual(['failed', 'key-parked', 'key-parked', 'key-parked']));
    await eventually(() => expect(byCommunity(applied, 'rc-poison-b')).toEqual(range(1, 6)));
    expect(byCommunity(applied, 'rc-poison-a')).toEqual([1, 2]);
    await running.stop();
  });

  it('waits out an unavailable dependency without parking anything, however long it lasts', async () => {
    // Given a read-model database that refuses connections for longer than the retry budget (3 tries)
    await publish('rc-outage', range(1, 5));
    let refusals = 0;
    const applied: ContractEvent[] = [];
    const refuseFirst = (times: number) => {
      if (refusals < times) {
        refusals++;
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:17017'), { code: 'ECONNREFUSED' });
      }
    };

    // When the consumer tries to apply its events during the outage
    const running = await startConsumer(
      consumer('outage', ['rc-outage'], {
        handler: async (message) => {
          refuseFirst(8);
          applied.push(message);
        },
        batchHandler: async (items) => {
          if (items.length > 0) refuseFirst(8);
          applied.push(...items.map(({ message }) => message));
        },
      }),
    );

    // Then once the dependency answers again every event is applied in order and nothing was parked
    await eventually(() => expect(byCommunity(applied, 'rc-outage')).toEqual(range(1, 5)), 30_000);
    expect(refusals).toBe(8);
    expect(await parked.list(`outage-${env.suffix}`)).toEqual([]);
    await running.stop();
  });

  it('cannot be combined with an inbox', async () => {
    const options = consumer('inbox', [], { handler: async () => undefined, batchHandler: async () => undefined });
    await expect(startConsumer({ ...options, inbox: {} as never })).rejects.toThrow(/batch handler cannot be combined with an inbox/);
  });
});
