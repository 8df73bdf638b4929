import type pg from 'pg';

/**
 * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws (its error is
 * the one that surfaces). Given a pool, it takes a connection for the transaction and gives it
 * back afterwards, destroying it instead when even the ROLLBACK failed (a broken connection must
 * not return to the pool). Given a connection the caller holds, it uses that one and leaves it.
 */
export async function inTransaction<T>(db: pg.Pool | pg.PoolClient, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const held = isClient(db);
  const client = held ? db : await db.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
    throw error;
  } finally {
    if (!held) client.release(broken);
  }
}

const isClient = (db: pg.Pool | pg.PoolClient): db is pg.PoolClient => typeof (db as Partial<pg.PoolClient>).release === 'function';
