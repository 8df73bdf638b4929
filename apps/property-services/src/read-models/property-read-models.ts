import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import { runEventStoreProjections, type RunningProjection } from '@linli/projections';
import { ensureReadModelIndexes, propertyServicesProjections } from '@linli/property-services-read-models';
import { EVENT_STORE, Infrastructure, SERVICE_LOGGER } from '@linli/service-kit';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { retryingHandlers } from './retrying-store.js';

/** The prefix of every stream this service owns; the read models follow nothing else. */
export const OWN_STREAMS = 'property.';

// Small batches keep each projection's bulkWrite under ~40 replacements (a reversal touches two
// entries). FerretDB 1.24 (SQLite) holds one pooled connection per update statement until the
// whole command ends, and its pool has 100: a bulkWrite replacing ~100 existing documents, or a
// few large ones at once from different clients, waits forever and hangs the server for everyone.
const BATCH_SIZE = 20;

/**
 * Keeps the service's read models up to date: one runner tails the `property.` streams from its
 * checkpoint into MongoDB. Queries read its position and may wait for a position they wrote.
 */
@Injectable()
export class PropertyReadModels implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running: RunningProjection | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Infrastructure) private readonly infrastructure: Infrastructure,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  get connection(): Connection {
    return this.infrastructure.mongo;
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureReadModelIndexes(this.connection);
    this.running = await runEventStoreProjections({
      name: 'property-services-read-models',
      store: retryingHandlers(this.store, this.logger),
      connection: this.connection,
      projections: propertyServicesProjections,
      source: 'property-services',
      filter: { streamPrefixes: [OWN_STREAMS] },
      batchSize: BATCH_SIZE,
    });
    this.logger.info({ position: String(this.running.position()) }, 'read models running');
  }

  /** The last event-store position every read model has applied. */
  position(): bigint {
    return this.running?.position() ?? 0n;
  }

  /** True once the read models reflect `position`, false if that takes longer than `timeoutMs`. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.running ? this.running.waitFor(position, timeoutMs) : position <= 0n;
  }

  // Before, not on, application shutdown: the service kit closes the PostgreSQL pool and the
  // MongoDB connection in its own onApplicationShutdown, which may run first.
  async beforeApplicationShutdown(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }
}
