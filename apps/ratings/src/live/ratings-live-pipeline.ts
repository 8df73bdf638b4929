import { WakeSignal, type EventStore } from '@linli/event-store';
import { LiveProjections } from '@linli/projections';
import { replayedEvent, RATINGS_STREAM_PREFIX, type RatingsReadModels } from '@linli/ratings-read-models';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type pg from 'pg';
import { KafkaFeed } from './kafka-feed.js';
import { OwnEventsTail } from './own-events-tail.js';

/** The longest a waiter sleeps between checks when nothing wakes it (a missed wake-up costs this much). */
const RECHECK_MS = 100;

/** What the event at a position is to the read models. */
type Kind = 'own' | 'fed' | 'other';

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
  /** Fired whenever the read models moved (a batch applied by the feed or the own tail, a new broker view). */
  private readonly signal = new WakeSignal();
  /** The own events' effective position as last read: it only grows, so it is a safe lower bound. */
  private ownEffective = 0n;

  constructor(private readonly options: RatingsLiveOptions) {
    this.live = new LiveProjections({ connection: options.connection, projections: options.models.all, onError: options.onError });
    this.tail = new OwnEventsTail(options.store, options.connection, this.live, options.ownCheckpoint, this.signal);
    this.feed = options.topics.length > 0 ? new KafkaFeed({ kafka: options.kafka, pool: options.pool, groupId: options.groupId, topics: options.topics, schema: options.schema, fastGroup: options.fastGroup, maxBatch: options.maxBatch, onUnavailable: options.onError,
      readModels: { connection: options.connection, marker: `kafka-feed:${options.groupId}:${options.ownCheckpoint}` }, onReplay: options.onReplay, signal: this.signal,
    }, this.live) : undefined;
  }

  async start(): Promise<void> {
    await this.live.start();
    await this.tail.start(this.options.onError);
    await this.feed?.start(await this.options.store.headPosition());
  }

  /** Every event up to this position is in the read models (exact for the service's own events; see KafkaFeed.watermark). */
  async position(): Promise<bigint> {
    return this.combined(await this.ownEffectivePosition());
  }

  /** The Kafka feed's watermark and the own events' position together: the lower. */
  private combined(own: bigint): bigint {
    const kafka = this.feed?.watermark() ?? null;
    return kafka !== null && kafka < own ? kafka : own;
  }

  private async ownEffectivePosition(): Promise<bigint> {
    const own = await this.tail.effectivePosition();
    if (own > this.ownEffective) this.ownEffective = own;
    return own;
  }

  /**
   * True once the read models have reached `position`, false after `timeoutMs`; re-checked each
   * time the feed or the own tail moves (a WakeSignal), at least every RECHECK_MS.
   * - The service's own event: its own events applied up to it (a Kafka backlog of the other
   *   services' events does not hold back reading one's own award).
   * - Another service's event the read models consume: that event applied by the Kafka feed, and
   *   the whole position reached as far as the feed can tell (see KafkaFeed.watermark, hasApplied).
   *   A consumed event that was parked (dead-lettered) is not in the read models: its position is
   *   never reached (202) until an operator's retry applies it.
   * - Anything else (an event the read models ignore, a position past the head): the whole position.
   * What is not guaranteed: an older event of another service that its relay has not published,
   * or the feed not fetched, yet (the watermark cannot see it); and with the group's partitions
   * shared among replicas, the event itself (another replica applies it).
   */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    // The position is stored already: the own events' part can be read while the feed still works.
    if (this.ownEffective < position) void this.ownEffectivePosition().catch(() => undefined);
    const kind = await this.kindOf(position);
    for (;;) {
      const seen = this.signal.current; // before the check: no wake-up is missed
      if (await this.reached(kind, position)) return true;
      if (Date.now() >= deadline) return false;
      await this.signal.waitAfter(seen, Math.min(RECHECK_MS, deadline - Date.now()));
    }
  }

  /**
   * The position an answer to a query with `minPosition` reports once it was reached: what the
   * read models reached, but no further than the Kafka feed has seen (a position beyond the last
   * event it applied would claim events it may not have fetched yet).
   */
  async answeredPosition(minPosition: bigint): Promise<bigint> {
    // The own position last read (by the wait that just let this query through) spares two queries.
    const reached = this.ownEffective >= minPosition ? this.combined(this.ownEffective) : await this.position();
    const seen = this.feed?.highestSeen();
    const claim = seen !== undefined && seen < reached ? seen : reached;
    return claim > minPosition ? claim : minPosition;
  }

  private async reached(kind: Kind, position: bigint): Promise<boolean> {
    if (kind === 'own') return this.tail.position() >= position;
    if (kind === 'fed' && this.feed && !this.feed.hasApplied(position)) return false;
    const kafka = this.feed?.watermark() ?? null;
    if (kafka !== null && kafka < position) return false;
    return (this.ownEffective >= position ? this.ownEffective : await this.ownEffectivePosition()) >= position;
  }

  private async kindOf(position: bigint): Promise<Kind> {
    if (position <= 0n) return 'other';
    // An event the feed applied here is one the read models consume: no need to read it back
    // (positions are unique in the one log every service appends to).
    if (this.feed?.appliedHere(position)) return 'fed';
    const [stored] = await this.options.store.readAll({ fromPosition: position - 1n, limit: 1 });
    if (stored?.globalPosition !== position) return 'other';
    if (stored.streamName.startsWith(RATINGS_STREAM_PREFIX)) return 'own';
    try {
      return replayedEvent(stored) === null ? 'other' : 'fed';
    } catch {
      return 'other'; // a stored event its contract refuses is never published: nothing to wait for
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
