import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import type { RatingsReadModels } from '@linli/ratings-read-models';
import { EVENT_STORE, Infrastructure, keepTrying, MessagingRegistry, SERVICE_LOGGER } from '@linli/service-kit';
import type { Logger } from 'pino';
import { RATINGS_CONFIG, type RatingsConfig } from '../config/ratings-config.js';
import { READ_MODELS } from './read-models.provider.js';
import { RatingsLivePipeline, type Lag } from './ratings-live-pipeline.js';

/**
 * Runs the live read models inside the service. It starts in the background (with back-off while
 * MongoDB or Kafka come up), so the API answers from the start; until then queries see position 0.
 */
@Injectable()
export class RatingsLive implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private pipeline: RatingsLivePipeline | undefined;
  private starting: Promise<void> = Promise.resolve();
  private stopped = false;
  private unregister: () => void = () => undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(READ_MODELS) private readonly models: RatingsReadModels,
    @Inject(RATINGS_CONFIG) private readonly config: RatingsConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(MessagingRegistry) private readonly messaging: MessagingRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.starting = this.start();
  }

  /** Every event up to this position is in the read models (0 until they run). */
  async position(): Promise<bigint> {
    return (await this.pipeline?.position()) ?? 0n;
  }

  /** The position an answer reports once `minPosition` was reached (see RatingsLivePipeline.answeredPosition). */
  async answeredPosition(minPosition: bigint): Promise<bigint> {
    return this.pipeline ? this.pipeline.answeredPosition(minPosition) : minPosition;
  }

  /** While the read models are still starting, the wait for them counts against the same timeout. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.pipeline && !this.stopped && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.pipeline ? this.pipeline.waitFor(position, Math.max(0, deadline - Date.now())) : false;
  }

  /** Null until the pipeline runs. */
  async lag(): Promise<Lag | null> {
    return this.pipeline ? this.pipeline.lag(this.config.lagThreshold + 1) : null;
  }

  activeCollections(): Map<string, string> {
    return this.pipeline?.live.activeCollections() ?? new Map();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.starting;
    this.unregister();
    await this.pipeline?.stop();
  }

  private async start(): Promise<void> {
    let pipeline: RatingsLivePipeline | undefined;
    await keepTrying(
      { message: 'read models could not start yet; retrying', logger: this.logger, stopped: () => this.stopped, afterFailure: async () => pipeline?.stop() },
      async () => {
        pipeline = new RatingsLivePipeline({
          store: this.store,
          connection: this.infra.mongo,
          pool: this.infra.pg,
          kafka: this.infra.kafka,
          models: this.models,
          groupId: this.config.consumerGroup,
          topics: this.config.topics,
          maxBatch: this.config.consumerMaxBatch,
          ownCheckpoint: `${this.config.readModelPrefix}-own-events`,
          onError: (error) => this.logger.error({ err: { message: (error as Error).message } }, 'read models: live update failed'),
          onReplay: (reason) => this.logger.warn({ group: this.config.consumerGroup }, reason),
        });
        await this.waitForMongo();
        await pipeline.start();
        this.pipeline = pipeline;
        if (pipeline.feed?.running) this.unregister = this.messaging.registerConsumer(pipeline.feed.running);
        this.logger.info({ topics: this.config.topics, group: this.config.consumerGroup }, 'read models are live');
      },
    );
  }

  private async waitForMongo(): Promise<void> {
    while (this.infra.mongo.readyState !== 1 && !this.stopped) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
