import { eventStoreContract } from '../testing/contract.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { createPostgresEventStore } from './postgres-event-store.js';

eventStoreContract('PostgreSQL', async () => {
  const schema = uniqueSchema('contract');
  const store = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 12 });
  return { store, dispose: () => dropSchema(schema) };
});
