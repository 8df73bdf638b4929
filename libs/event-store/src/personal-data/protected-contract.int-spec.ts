import { createPostgresEventStore } from '../postgres/postgres-event-store.js';
import { eventStoreContract } from '../testing/contract.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { UpcasterRegistry } from '../upcasting/upcaster-registry.js';
import { UpcastingEventStore } from '../upcasting/upcasting-event-store.js';
import { PersonalDataProtection } from './personal-data-protection.js';
import { PersonalDataPolicies } from './policy.js';
import { createPostgresKeyStore } from './postgres-key-store.js';

// The decorators are EventStores too: the stack services actually use must keep the contract.
eventStoreContract('PostgreSQL behind upcasting and personal data protection', async () => {
  const schema = uniqueSchema('stack');
  const postgres = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 12 });
  const keys = await createPostgresKeyStore({ pool: postgres.pool, schema });
  const policies = new PersonalDataPolicies().register('test.SomethingHappened', { subjectId: 'subjectId', fields: ['name'] });
  const store = new UpcastingEventStore(new PersonalDataProtection(postgres, policies, keys), new UpcasterRegistry());
  return { store, dispose: () => dropSchema(schema) };
});
