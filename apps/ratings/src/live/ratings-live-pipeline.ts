import type { EventStore } from '@linli/event-store';
import { LiveProjections } from '@linli/projections';
import type { RatingsReadModels } from '@linli/ratings-read-models';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type pg from 'pg';
import { KafkaFeed } from './kafka-feed.js';
import { OwnEventsTail } from './own-events-tail.js';

export interface RatingsLiveOptions {
  readonly store: EventStore;
  readonly connection: Connection;
  readonly pool: pg.Pool;
  readonly kafka: Kafka;
  readonly models: RatingsReadModels;
  readonly groupId: string;
  /** The topics consumed; none turns the Kafka feed off. */
  readonly topics: readonly string[];
  readonly ownCheckpoint: string;
  readonly schema?: string;
  readonly fastGroup?: boolean;
  /** Most consecutive messages of a partition the Kafka feed applies in one write. */
  readonly maxBatch?: number;
  readonly onError: (error: unknown) => void;
  /** Hears that the Kafka feed starts over because the read models' database lost its data. */
  readonly onReplay?: (reason: string) => void;
}

/** How far behind the read models are, in events. */
export interface Lag {
  readonly ownEvents: number;
  readonly kafka: number;
  readonly total: number;
}

/**
 * The live side of the ratings read models: the other services' public events from Kafka and the
 * service's own events from its log, applied through one set of writers (one batch at a time per
 * projection, in its active collection, pausing when a rebuild switches it).
 */
export class RatingsLivePipeline {
  readonly live: LiveProjections;
  readonly tail: OwnEventsTail;
  readonly feed: KafkaFeed | undefined;

  constructor(private readonly options: RatingsLiveOptions) {
    this.live = new LiveProjections({ connection: options.connection, projections: options.models.all, onError: options.onError });
    this.tail = new OwnEventsTail(options.store, options.connection, this.live, options.ownCheckpoint);
    this.feed = options.topics.length > 0 ? new KafkaFeed({ kafka: options.kafka, pool: options.pool, groupId: options.groupId, topics: options.topics, schema: options.schema, fastGroup: options.fastGroup, maxBatch: options.maxBatch, onUnavailable: options.onError,
      readModels: { connection: options.connection, marker: `kafka-feed:${options.groupId}:${options.ownCheckpoint}` }, onReplay: options.onReplay,
    }, this.live) : undefined;
  }

  async start(): Promise<void> {
    await this.live.start();
    await this.tail.start(this.options.onError);
    await this.feed?.start();
  }

  /** Every event up to this position is in the read models (exact for the service's own events; see KafkaFeed.watermark). */
  async position(): Promise<bigint> {
    const own = await this.tail.effectivePosition();
    const kafka = (await this.feed?.watermark()) ?? null;
    return kafka !== null && kafka < own ? kafka : own;
  }

  /**
   * True once the read models have reached `position`, false after `timeoutMs`. A position the
   * service's own command answered needs only the own events applied (a Kafka backlog of the other
   * services' events does not hold back reading one's own award); any other needs the whole position.
   */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const own = await this.tail.isOwn(position);
    const reached = async () => (own ? this.tail.position() : await this.position()) >= position;
    for (;;) {
      if (await reached()) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, Math.max(1, deadline - Date.now()))));
    }
  }

  async lag(cap = 100_000): Promise<Lag> {
    const [ownEvents, lags] = await Promise.all([this.tail.lag(cap), this.feed?.lags(1_000) ?? []]);
    const kafka = lags.reduce((sum, lag) => sum + lag.lag, 0);
    return { ownEvents, kafka, total: ownEvents + kafka };
  }

  async stop(): Promise<void> {
    await this.feed?.stop();
    await this.tail.stop();
    await this.live.stop();
  }
}
