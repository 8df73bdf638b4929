// A small real log for the audit integration tests: its own PostgreSQL schema, residents with
// personal data (encrypted per subject), disputes, single-event appends so positions have gaps.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createPostgresEventStore, createPostgresKeyStore, PersonalDataPolicies, PersonalDataProtection, uuidv7, type PostgresEventStore } from '@linli/event-store';
import { PostgresAuditStore } from '../audit-store.js';

export const metadata = { occurredAt: '2025-12-01T08:00:00.000Z', actor: { id: 'u-1', role: 'grid_worker', orgUnitId: 'c-1' }, correlationId: 'c', causationId: 'c' };

export interface AuditLog {
  readonly schema: string;
  /** The bare adapter: stored (encrypted) form. */
  readonly raw: PostgresEventStore;
  /** The same log with personal data protection, as services write it. */
  readonly protected: PersonalDataProtection;
  readonly audit: PostgresAuditStore;
  /** Positions of the events appended, in order. */
  readonly positions: bigint[];
  readonly eventIds: string[];
  /** `"<schema>".linli_events`, for tampering. */
  readonly table: string;
  append(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Global reads only see an event once every older transaction in the cluster ended (other tests run too). */
export async function visible(store: PostgresEventStore, position: bigint): Promise<void> {
  for (let waited = 0; (await store.headPosition()) < position; waited += 20) {
    if (waited > 60_000) throw new Error(`position ${position} did not become readable within 60 s (a long transaction in the cluster?)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const testKeys = () => generateKeyPairSync('ed25519');

/** A fresh log with `count` events (every fifth registers a resident with personal data). */
export async function openAuditLog(count: number): Promise<AuditLog> {
  const schema = `audit_${randomBytes(5).toString('hex')}`;
  const raw = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema, poolSize: 8 });
  const keys = await createPostgresKeyStore({ pool: raw.pool, schema, keyEncryptionKey: randomBytes(32) });
  const policies = new PersonalDataPolicies().register('residents.ResidentRegistered', { subjectId: 'residentId', fields: ['name', 'phone'] });
  const protectedStore = new PersonalDataProtection(raw, policies, keys);
  const audit = await PostgresAuditStore.open(raw.pool, schema);
  const positions: bigint[] = [];
  const eventIds: string[] = [];
  const log: AuditLog = {
    schema,
    raw,
    protected: protectedStore,
    audit,
    positions,
    eventIds,
    table: `"${schema}".linli_events`,
    async append(n) {
      for (let i = 0; i < n; i++) {
        const k = positions.length;
        const eventId = uuidv7();
        const event =
          k % 5 === 0
            ? { eventId, type: 'residents.ResidentRegistered', schemaVersion: 1, data: { residentId: `r-${k}`, name: `张${k}`, phone: `138000${k}` }, metadata }
            : { eventId, type: 'disputes.DisputeReported', schemaVersion: 1, data: { disputeId: `d-${k}`, category: 'noise', k }, metadata };
        const result = await protectedStore.appendToStream(`${event.type.split('.')[0]}-${randomUUID().slice(0, 8)}`, [event]);
        positions.push(result.position);
        eventIds.push(eventId);
      }
      await visible(raw, positions[positions.length - 1]!);
    },
    async close() {
      await raw.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await raw.close();
    },
  };
  await log.append(count);
  return log;
}
