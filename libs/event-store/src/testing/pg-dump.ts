import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const PG_DUMP = process.env.PG_DUMP ?? '/usr/lib/postgresql/15/bin/pg_dump';

/**
 * The text of `pg_dump` for one schema: every row, key and migration the store wrote there.
 * (Limited to the schema because other test files create and drop their own in parallel.)
 */
export async function dumpSchema(databaseUrl: string, schema: string): Promise<string> {
  const { stdout } = await promisify(execFile)(PG_DUMP, ['--dbname', databaseUrl, '--schema', schema, '--no-owner'], { maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}
