import { eventStoreContract } from '../testing/contract.js';
import { createKurrentDbEventStore } from './kurrentdb-event-store.js';

const connectionString = process.env.KURRENTDB_CONNECTION_STRING;

// Skipped unless a server is configured: no KurrentDB server package is reachable from the build
// machines (no Docker, no registry ships one), and a fake server would prove nothing. With the
// docker-compose profile, set KURRENTDB_CONNECTION_STRING=kurrentdb://localhost:2113?tls=false.
const describeKurrent = connectionString ? describe : describe.skip;
if (!connectionString) console.info('KurrentDB contract suite skipped: KURRENTDB_CONNECTION_STRING is not set (no KurrentDB server here)');

eventStoreContract('KurrentDB', async () => ({ store: createKurrentDbEventStore({ connectionString: connectionString as string }) }), describeKurrent);
