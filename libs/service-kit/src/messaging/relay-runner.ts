import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Contract, Gateway } from '@linli/contracts';
import type { EventStore } from '@linli/event-store';
import { ensureTopics, PostgresCheckpointStore, registerMessagingMetrics, startRelay, topicSpecsFor, type Relay } from '@linli/messaging';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { ServiceMetrics } from '../observability/metrics.js';
import { EVENT_STORE, SERVICE_CONFIG, SERVICE_LOGGER } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';
import { LeaderLock } from './leader-lock.js';

/** What a service publishes: its own streams, mapped to public events by its gateway. */
export interface Publishing {
  readonly streamPrefixes: readonly string[];
  readonly gateway: Gateway;
  /** The public contracts the gateway publishes (their topics are created if missing). */
  readonly contracts: readonly Contract[];
}

export const PUBLISHING = Symbol('PUBLISHING');

/**
 * Runs the service's relay (the event log is the outbox) in exactly one replica: the replica
 * holding the PostgreSQL leader lock relays, the others wait to take over. A relay that stops on
 * an error ends the process, so the orchestrator restarts it instead of letting Kafka fall behind.
 */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay: Relay | undefined;
  private readonly lock: LeaderLock;
  private stopping = false;

  constructor(
    @Inject(PUBLISHING) private readonly publishing: Publishing,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(ServiceMetrics) private readonly metrics: ServiceMetrics,
  ) {
    this.lock = new LeaderLock(infra.pg, `relay:${config.serviceName}`);
  }

  onApplicationBootstrap(): void {
    void this.lock.whenAcquired(() => this.stopping).then((acquired) => (acquired ? this.start() : undefined));
  }

  private async start(): Promise<void> {
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
      kafka: this.infra.kafka,
      gateway: this.publishing.gateway,
      checkpoints: await PostgresCheckpointStore.create(this.infra.pg),
      filter: { streamPrefixes: [...this.publishing.streamPrefixes] },
    });
    registerMessagingMetrics(this.metrics.registry, { relays: [this.relay] });
    this.logger.info({ relay: this.config.serviceName }, 'relay started');
    this.relay.done.catch((error: Error) => {
      if (this.stopping) return;
      this.logger.fatal({ err: { type: error.name, message: error.message } }, 'relay stopped on an error; exiting so the service is restarted');
      process.exit(70);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.relay?.stop();
    await this.lock.release();
  }
}
