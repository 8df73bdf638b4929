import { retryingRetriable, consumerLag, ensureTopics, ParkedStore, PermanentFailure, startConsumer, type PartitionLag, type RunningConsumer } from '@linli/messaging';
import { ProjectionCheckpoints, withProjectionSpan, type LiveProjections, type ProjectedEvent } from '@linli/projections';
import { consumedContracts, projectedFromCloudEvent } from '@linli/ratings-read-models';
import type { WakeSignal } from '@linli/event-store';
import type { Admin, Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type pg from 'pg';
import { FeedProgress } from './feed-progress.js';

/** The name of the ratings read models' write spans (tracing on only). */
const PROJECTION_SPAN = 'ratings-live';
/** How often the broker's view of the group (committed offsets, ends) is taken: partitions of other replicas. */
const BROKER_VIEW_MS = 1_000;

export interface KafkaFeedOptions {
  readonly kafka: Kafka;
  readonly pool: pg.Pool;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** PostgreSQL schema of the dead-letter tables. Default `linli`. */
  readonly schema?: string;
  readonly fastGroup?: boolean;
  /** Most consecutive messages of a partition applied in one write. Default 500. */
  readonly maxBatch?: number;
  /** Hears of each failure caused by an unavailable dependency (the feed waits it out, retrying). */
  readonly onUnavailable?: (error: unknown) => void;
  /**
   * The read models' database and the id of a marker document stored there (in
   * `projection_checkpoints`) once this group feeds them: offsets committed in Kafka without the
   * marker mean the database lost what the offsets claim, and the group starts over.
   */
  readonly readModels: { readonly connection: Connection; readonly marker: string };
  /** Hears that the group is made to read its topics again from the beginning (and why). */
  readonly onReplay?: (reason: string) => void;
  /** Fired whenever the feed has moved (a batch applied, a partition resolved, a new broker view). */
  readonly signal: WakeSignal;
}

/**
 * The other services' public events, consumed from their topics (consumer group `linli-ratings`)
 * and applied to the live read models. The framework validates each CloudEvent before it gets
 * here and commits its offset after; a redelivery is harmless (position guards).
 */
export class KafkaFeed {
  private consumer: RunningConsumer | undefined;
  private readonly progress = new FeedProgress();
  private lagCache: { at: number; lags: Promise<PartitionLag[]> } | undefined;
  private admin: Admin | undefined;
  private brokerView: NodeJS.Timeout | undefined;
  /** The log's head when the feed started: events up to it may have been applied by an earlier run. */
  private startHead = 0n;

  constructor(private readonly options: KafkaFeedOptions, private readonly live: LiveProjections) {}

  /** `head`: the event store's head position, read before the start. */
  async start(head: bigint): Promise<void> {
    this.startHead = head;
    const { kafka, pool, groupId, topics } = this.options;
    this.admin = kafka.admin();
    await this.admin.connect();
    const checkpoints = new ProjectionCheckpoints(this.options.readModels.connection);
    await this.replayIfReadModelsLost(this.admin, checkpoints);
    this.consumer = await startConsumer({
      kafka,
      groupId,
      topics,
      deadLetters: await ParkedStore.create(pool, this.options.schema),
      accept: consumedContracts,
      retry: { attempts: 5, backoffMs: 200 },
      // Every partition of the three topics at once: their messages share writes (LiveProjections group-commits).
      partitionsConsumedConcurrently: 9,
      ...(this.options.fastGroup && { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 200 }),
      onUnavailable: this.options.onUnavailable,
      maxBatchMessages: this.options.maxBatch,
      onProgress: (progress) => {
        this.progress.observe(progress);
        this.options.signal.fire();
      },
      // A run of a partition's messages is applied in one write per projection (LiveProjections
      // also group-commits the runs of concurrent partitions).
      batchHandler: async (items) => {
        const projected = items.map(({ message, context }) => ({ event: this.project(message.event), context }));
        await withProjectionSpan(PROJECTION_SPAN, [], () => this.live.apply(projected.map(({ event }) => event))); // child of the batch's consumer span
        for (const { event, context } of projected) this.progress.noteApplied(context.topic, context.partition, event.position);
        this.options.signal.fire();
      },
      // A message the batch could not take goes alone, so that only it is parked.
      handler: async ({ event }, context) => {
        const projected = this.project(event);
        await withProjectionSpan(PROJECTION_SPAN, [], () => this.live.apply([projected]));
        this.progress.noteApplied(context.topic, context.partition, projected.position);
        this.options.signal.fire();
      },
    });
    // Before the first fetch, only the broker knows which partitions have a backlog.
    this.progress.observeBroker(await this.lags(0));
    this.brokerView = setInterval(() => void this.lags(BROKER_VIEW_MS / 2).then((lags) => {
      this.progress.observeBroker(lags);
      this.options.signal.fire();
    }, () => undefined), BROKER_VIEW_MS);
  }

  /**
   * "Kafka says these messages are applied, the read models have never seen them": a MongoDB that
   * came back empty (a restore, a lost volume, a new database) while the group's offsets live on in
   * Kafka. The group then reads its topics from the beginning again — harmless, the position
   * guards ignore what is already applied. Without committed offsets there is nothing to undo.
   */
  private async replayIfReadModelsLost(admin: Admin, checkpoints: ProjectionCheckpoints): Promise<void> {
    const { groupId, topics, readModels } = this.options;
    if ((await checkpoints.load(readModels.marker)) !== undefined) return;
    await ensureTopics(admin, topics.map((topic) => ({ topic }))); // a first start: fetchOffsets needs them
    const offsets = await retryingRetriable(() => admin.fetchOffsets({ groupId, topics: [...topics] })); // NOT_COORDINATOR while a fresh broker loads its offsets topic
    const committed = offsets.some(({ partitions }) => partitions.some((p) => BigInt(p.offset) > 0n));
    if (committed) {
      this.options.onReplay?.(`consumer group ${groupId} has committed offsets but the read models lack the marker ${readModels.marker}: their database lost its data; reading the topics again from the beginning`);
      for (const topic of topics) await retryingRetriable(() => admin.resetOffsets({ groupId, topic, earliest: true }));
    }
    await checkpoints.save(readModels.marker, 0n);
  }

  private project(event: Parameters<typeof projectedFromCloudEvent>[0]): ProjectedEvent {
    try {
      return projectedFromCloudEvent(event);
    } catch (error) {
      throw new PermanentFailure((error as Error).message);
    }
  }

  /** The running group member (undefined before start), for the kit's registry: lag, dead-letter operations. */
  get running(): RunningConsumer | undefined {
    return this.consumer;
  }

  /** Resolves once the member has joined its group. */
  joined(): Promise<void> {
    return this.consumer?.joined ?? Promise.resolve();
  }

  /** The group's lag per partition, from the broker (cached for a moment). */
  async lags(maxAgeMs = 250): Promise<PartitionLag[]> {
    const now = Date.now();
    if (!this.lagCache || now - this.lagCache.at > maxAgeMs) {
      const admin = this.admin;
      const lags = admin ? consumerLag(admin, this.options.groupId, this.options.topics) : Promise.resolve([]);
      lags.catch(() => undefined);
      this.lagCache = { at: now, lags };
    }
    return this.lagCache.lags;
  }

  /**
   * Every event up to the returned position is applied, as far as the feed can tell from its own
   * fetches and the last broker view (see FeedProgress.watermark): no broker round trip. Null: no
   * partition has messages left. Events not yet fetched (or not yet published by their relay) are
   * not known here.
   */
  watermark(): bigint | null {
    return this.progress.watermark();
  }

  /**
   * Whether the feed has applied the event at `position`, given that the read models consume it:
   * known exactly for an event stored after the feed started while this member holds every
   * partition; otherwise (an older event, or partitions shared with other replicas) assumed, and
   * the watermark alone speaks.
   */
  hasApplied(position: bigint): boolean {
    return position <= this.startHead || !this.holdsEveryPartition() || this.appliedHere(position);
  }

  /** Whether this process's feed applied the event at `position` itself (exact, among the last 50,000 applied): then it is an event the read models consume. */
  appliedHere(position: bigint): boolean {
    return this.progress.hasApplied(position);
  }

  /** The highest position this feed applied, or the log's head at its start if higher. */
  highestSeen(): bigint {
    const applied = this.progress.highestApplied();
    return applied > this.startHead ? applied : this.startHead;
  }

  private holdsEveryPartition(): boolean {
    const assignment = this.consumer?.assignment() ?? {};
    const held = new Set(Object.entries(assignment).flatMap(([topic, partitions]) => partitions.map((partition) => `${topic}/${partition}`)));
    const known = this.progress.known();
    return known.length > 0 && known.every((key) => held.has(key));
  }

  async stop(): Promise<void> {
    clearInterval(this.brokerView);
    await this.consumer?.stop();
    await this.admin?.disconnect().catch(() => undefined);
  }
}
