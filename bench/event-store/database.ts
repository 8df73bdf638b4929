import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** DATABASE_URL from the environment, else from the endpoints file tools/infra writes. */
export function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const endpoints = new URL('../../.linli/endpoints.json', import.meta.url);
  const url = existsSync(endpoints) ? (JSON.parse(readFileSync(endpoints, 'utf8')) as Record<string, string>).DATABASE_URL : undefined;
  if (!url) throw new Error('DATABASE_URL is not set and .linli/endpoints.json names none: run `npm run infra:up` first');
  return url;
}

/** The settings that decide commit cost, printed so nobody compares a benchmark run without fsync. */
export async function durabilitySettings(pool: pg.Pool): Promise<Record<string, string>> {
  const result = await pool.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'server_version')`,
  );
  return Object.fromEntries(result.rows.map((row) => [row.name, row.setting]));
}

/**
 * The raw baseline's table: a copy of the event table with the same columns, defaults, indexes
 * and constraints, so both sides pay for the same rows and the same index maintenance.
 */
export async function createScratchTable(pool: pg.Pool, schema: string): Promise<string> {
  const table = `"${schema}".raw_events`;
  await pool.query(`CREATE TABLE ${table} (LIKE "${schema}".linli_events INCLUDING ALL)`);
  return table;
}

export async function dropSchema(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
