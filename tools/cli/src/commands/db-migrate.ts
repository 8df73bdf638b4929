import { createPostgresEventStore, createPostgresKeyStore } from '@linli/event-store';
import { ensureDisputesIndexes } from '@linli/disputes-read-models';
import { ensureMessagingTables } from '@linli/messaging';
import { ensureOrganizationsIndexes } from '@linli/organizations-read-models';
import { collectionName, ensureIndexes, ProjectionCatalog } from '@linli/projections';
import { ensureReadModelIndexes } from '@linli/property-services-read-models';
import { ratingsReadModels } from '@linli/ratings-read-models';
import type { Connection } from 'mongoose';
import pg from 'pg';
import { EXIT, UsageError, type CliCommand } from '../command.js';
import { databaseUrl } from '../endpoints.js';
import { openMongo, readModelPrefix, Unavailable } from './projections-support.js';

export const SERVICES = ['organizations', 'disputes', 'property-services', 'ratings'] as const;
type Service = (typeof SERVICES)[number];

interface Step {
  readonly name: string;
  run(pool: pg.Pool, mongo: () => Promise<Connection>): Promise<void>;
}

const postgresSteps = (schema: string): Step[] => [
  { name: `PostgreSQL ${schema}: event store`, run: async (pool) => (await createPostgresEventStore({ pool, schema })).close() },
  { name: `PostgreSQL ${schema}: personal-data keys`, run: async (pool) => void (await createPostgresKeyStore({ pool, schema })) },
  { name: `PostgreSQL ${schema}: relay checkpoints, inbox, dead letters`, run: async (pool) => void (await ensureMessagingTables(pool, schema)) },
];

/** The ratings read models' indexes, on the collection each one serves now (a rebuild may have switched it). */
async function ratingsIndexes(connection: Connection, prefix: string): Promise<void> {
  const projections = ratingsReadModels(prefix).all;
  const entries = await new ProjectionCatalog(connection).entries(projections.map((projection) => projection.name));
  for (const projection of projections) await ensureIndexes(projection, connection.collection(entries.get(projection.name)?.active ?? collectionName(projection)));
}

function mongoStep(service: Service, prefix: string): Step {
  const ensure: Record<Service, (connection: Connection) => Promise<void>> = {
    organizations: ensureOrganizationsIndexes,
    disputes: ensureDisputesIndexes,
    'property-services': ensureReadModelIndexes,
    ratings: (connection) => ratingsIndexes(connection, prefix),
  };
  return { name: `MongoDB: ${service} read-model indexes`, run: async (_pool, mongo) => ensure[service](await mongo()) };
}

/**
 * `linli db migrate`: what the services create at start, ahead of a rollout (the pre-rollout
 * migrate Jobs): the event store schema and its migrations, the personal-data key store, the
 * relay/inbox/dead-letter tables, and the read models' MongoDB indexes. Every step is idempotent
 * and runs under the same advisory locks the services take, so it is safe beside running pods.
 */
export const dbMigrateCommand: CliCommand = {
  group: 'db',
  name: 'migrate',
  summary: 'apply the schema migrations and indexes the services need (idempotent)',
  usage: '[--service organizations|disputes|property-services|ratings (default: all)] [--schema linli] [--prefix ratings] [--json]',
  async run(args, out) {
    const service = args.flags['service'];
    if (service !== undefined && !SERVICES.includes(service as Service)) throw new UsageError(`--service must be one of ${SERVICES.join(', ')}, got "${String(service)}"`);
    const schema = typeof args.flags['schema'] === 'string' ? args.flags['schema'] : 'linli';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new UsageError(`--schema must be lower-case letters, digits and _, got "${schema}"`);
    const services = service ? [service as Service] : [...SERVICES];
    const steps = [...postgresSteps(schema), ...services.map((s) => mongoStep(s, readModelPrefix(args)))];
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => undefined);
    let connection: Connection | undefined;
    const mongo = async () => (connection ??= await openMongo());
    const done: string[] = [];
    try {
      await pool.query('SELECT 1').catch((error: Error) => {
        throw new Unavailable(`PostgreSQL did not answer: ${error.message}`);
      });
      for (const step of steps) {
        await step.run(pool, mongo);
        done.push(step.name);
        if (!out.json) out.print(`ok  ${step.name}`, null);
      }
      if (out.json) out.print('', { services, schema, steps: done });
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof Unavailable)) throw error;
      out.error(error.message);
      return EXIT.unavailable;
    } finally {
      await connection?.close();
      await pool.end();
    }
  },
};
