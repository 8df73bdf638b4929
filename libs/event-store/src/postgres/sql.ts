import pg from 'pg';

const INT8_OID = 20;

/**
 * Per-query type parsers: int8 columns (positions, revisions) arrive as bigint. Set per query,
 * never globally, because other code in the process may rely on pg's default (string).
 */
export const bigintTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => BigInt(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Validates a schema name and returns it quoted for use in SQL text. */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _ (at most 63)`);
  }
  return `"${schema}"`;
}

/** The tables of the event store inside one schema, quoted. */
export interface EventStoreTables {
  readonly schema: string;
  readonly events: string;
}

export const eventStoreTables = (schema: string): EventStoreTables => ({
  schema,
  events: `${quoteSchema(schema)}.linli_events`,
});

/** Both kinds of pg connections the adapter talks through (a pool, or a client it checked out). */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** The SQLSTATE of a PostgreSQL error, if it is one. */
export const sqlState = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** The constraint a PostgreSQL error names, if any. */
export const violatedConstraint = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'constraint' in error && typeof error.constraint === 'string' ? error.constraint : undefined;
