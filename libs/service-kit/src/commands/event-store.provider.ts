import type { FactoryProvider } from '@nestjs/common';
import { createPostgresEventStore, type EventStore } from '@linli/event-store';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { EVENT_STORE, SERVICE_LOGGER } from '../tokens.js';

/**
 * The service's event store on the shared PostgreSQL pool. Start-up waits for the database
 * (with back-off, logging each attempt) instead of crash-looping while it comes up.
 */
export const eventStoreProvider: FactoryProvider<Promise<EventStore>> = {
  provide: EVENT_STORE,
  inject: [Infrastructure, SERVICE_LOGGER],
  useFactory: async (infra: Infrastructure, logger: Logger) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await createPostgresEventStore({ pool: infra.pg });
      } catch (error) {
        if (attempt >= 60) throw error;
        logger.warn({ attempt, err: (error as Error).message }, 'event store not reachable yet; retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * attempt)));
      }
    }
  },
};
