import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The database the integration tests use; they fail loudly rather than skip without one. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the servers (npm run infra:up) or export DATABASE_URL');
  return url;
}

/** A fresh schema name per test file, so files run in parallel and leave nothing behind. */
export const uniqueSchema = (purpose: string): string => `es_${purpose}_${randomBytes(4).toString('hex')}`;

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
