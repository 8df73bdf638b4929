import type { FactoryProvider } from '@nestjs/common';
import { createPostgresEventStore, createPostgresKeyStore, PersonalDataProtection, type EventStore } from '@linli/event-store';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { ReadinessChecks } from '../health/readiness-checks.js';
import { ServiceMetrics } from '../observability/metrics.js';
import { appendDurationHistogram, TimedEventStore } from '../observability/timed-event-store.js';
import { EVENT_STORE, PERSONAL_DATA, SERVICE_LOGGER } from '../tokens.js';
import { toPersonalDataPolicies, type PersonalDataDeclaration } from './personal-data-policy.js';
import { DeferredEventStore } from './deferred-event-store.js';

/**
 * The service's event store on the shared pool: personal fields its domain declares are
 * encrypted per data subject before they are stored (crypto-shredding, PIPL), and every append is
 * timed (`linli_event_store_append_duration_seconds`). Start-up does not wait for the database:
 * the store opens in the background with back-off (logging each attempt) while the service
 * listens, and readiness reports `event-store` down until it is open.
 */
export const eventStoreProvider: FactoryProvider<EventStore> = {
  provide: EVENT_STORE,
  inject: [Infrastructure, SERVICE_LOGGER, PERSONAL_DATA, ServiceMetrics, ReadinessChecks],
  useFactory: (infra: Infrastructure, logger: Logger, personalData: PersonalDataDeclaration, metrics: ServiceMetrics, readiness: ReadinessChecks) => {
    const appendDuration = appendDurationHistogram(metrics.registry);
    const store = new DeferredEventStore(async () => {
      const timed = new TimedEventStore(await createPostgresEventStore({ pool: infra.pg }), appendDuration, 'postgres');
      if (Object.keys(personalData).length === 0) return timed;
      return new PersonalDataProtection(timed, toPersonalDataPolicies(personalData), await createPostgresKeyStore({ pool: infra.pg }));
    }, logger);
    readiness.add({ name: 'event-store', check: async () => (store.isOpen() ? { status: 'up' } : { status: 'down', message: 'not open yet (schema migration waits for PostgreSQL)' }) });
    return store;
  },
};
