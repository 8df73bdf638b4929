import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Contract, Gateway } from '@linli/contracts';
import type { EventStore } from '@linli/event-store';
import { ensureTopics, PostgresCheckpointStore, startRelay, topicSpecsFor, workerProducer, type Relay, type RelayProducer } from '@linli/messaging';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { EVENT_STORE, SERVICE_CONFIG, SERVICE_LOGGER } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';
import { LeaderLock } from './leader-lock.js';
import { MessagingRegistry } from './messaging-registry.js';

/** What a service publishes: its own streams, mapped to public events by its gateway. */
export interface Publishing {
  readonly streamPrefixes: readonly string[];
  readonly gateway: Gateway;
  /** The public contracts the gateway publishes (their topics are created if missing). */
  readonly contracts: readonly Contract[];
}

export const PUBLISHING = Symbol('PUBLISHING');

const RESTART_DELAY_MS = 5_000;

/**
 * The relay's producer as RELAY_PRODUCER chose it: by default kafkajs' encoding and socket work run
 * in a thread of its own, beside the relay's reading and mapping, with the same client settings as
 * the kit's Kafka client (see Infrastructure); `thread` keeps them on the relay's thread.
 */
export function relayProducerOf(config: Pick<ServiceConfig, 'serviceName' | 'kafkaBrokers' | 'relayProducer'>, kafka: Kafka): { kafka: Kafka } | { producer: RelayProducer } {
  return config.relayProducer === 'thread' ? { kafka } : { producer: workerProducer({ clientId: config.serviceName, brokers: config.kafkaBrokers }) };
}

/**
 * Runs the service's relay (the event log is the outbox) in exactly one replica: the replica
 * holding the PostgreSQL leader lock relays, the others wait to take over. A relay that stops on
 * an error is logged and started again from its checkpoint (duplicates, never gaps); no error of
 * the relay may escape as an unhandled rejection and take the process down with it.
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay: Relay | undefined;
  private readonly lock: LeaderLock;
  private stopping = false;

  constructor(
    @Inject(PUBLISHING) private readonly publishing: Publishing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(MessagingRegistry) private readonly messaging: MessagingRegistry,
  ) {
    this.lock = new LeaderLock(infra.pg, `relay:${config.serviceName}`, (error) => this.leadershipLost(error));
  }

  onApplicationBootstrap(): void {
    void this.lock.whenAcquired(() => this.stopping).then((acquired) => (acquired ? this.keepRelaying() : undefined));
  }

  private async keepRelaying(): Promise<void> {
    while (!this.stopping) {
      if (!this.lock.held && !(await this.lock.whenAcquired(() => this.stopping))) return;
      try {
        await this.start();
        await this.relay?.done;
      } catch (error) {
        if (this.stopping) return;
        this.logger.error({ err: { type: (error as Error).name, message: (error as Error).message } }, 'relay stopped on an error; restarting from its checkpoint');
      }
      if (!this.stopping) await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }
  }

  /** The lock's connection died (terminated, database restarted): another replica may lead now, so stop and wait for the lock again. */
  private leadershipLost(error: Error): void {
    this.logger.warn({ err: { type: error.name, message: error.message } }, 'relay leader lock lost with its connection; stopping the relay until it is acquired again');
    void this.relay?.stop().catch(() => undefined);
  }

  private async start(): Promise<void> {
    if (this.stopping) return;
    const admin = this.infra.kafka.admin();
    try {
      await admin.connect();
      await ensureTopics(admin, topicSpecsFor(this.publishing.contracts));
    } finally {
      await admin.disconnect();
    }
    this.relay = await startRelay({
      name: this.config.serviceName,
      store: this.store,
      ...relayProducerOf(this.config, this.infra.kafka),
      gateway: this.publishing.gateway,
      checkpoints: await PostgresCheckpointStore.create(this.infra.pg),
      filter: { streamPrefixes: [...this.publishing.streamPrefixes] },
    });
    this.messaging.registerRelay({ name: this.config.serviceName, lag: () => this.relay?.lag() ?? Promise.resolve(0) });
    this.logger.info({ relay: this.config.serviceName, producer: this.config.relayProducer }, 'relay started');
  }

  /** Before the kit closes the connections: finish the batch in flight, then let go of the lock. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.relay?.stop().catch(() => undefined);
    await this.lock.release();
  }
}
