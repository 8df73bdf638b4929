import type { FactoryProvider } from '@nestjs/common';
import { createPostgresEventStore, createPostgresKeyStore, PersonalDataProtection, type EventStore } from '@linli/event-store';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { EVENT_STORE, PERSONAL_DATA, SERVICE_LOGGER } from '../tokens.js';
import { toPersonalDataPolicies, type PersonalDataDeclaration } from './personal-data-policy.js';

/**
 * The service's event store on the shared pool: personal fields its domain declares are
 * encrypted per data subject before they are stored (crypto-shredding, PIPL). Start-up waits
 * for the database (with back-off, logging each attempt) instead of crash-looping.
 */
export const eventStoreProvider: FactoryProvider<Promise<EventStore>> = {
  provide: EVENT_STORE,
  inject: [Infrastructure, SERVICE_LOGGER, PERSONAL_DATA],
  useFactory: async (infra: Infrastructure, logger: Logger, personalData: PersonalDataDeclaration) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const store = await createPostgresEventStore({ pool: infra.pg });
        if (Object.keys(personalData).length === 0) return store;
        return new PersonalDataProtection(store, toPersonalDataPolicies(personalData), await createPostgresKeyStore({ pool: infra.pg }));
      } catch (error) {
        if (attempt >= 60) throw error;
        logger.warn({ attempt, err: (error as Error).message }, 'event store not reachable yet; retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * attempt)));
      }
    }
  },
};
