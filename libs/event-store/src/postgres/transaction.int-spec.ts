import pg from 'pg';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { inTransaction } from './transaction.js';

const schema = uniqueSchema('tx');
let pool: pg.Pool;
const rows = async () => (await pool.query<{ n: number }>(`SELECT n FROM "${schema}".t ORDER BY n`)).rows.map((row) => row.n);

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
  pool.on('error', () => undefined);
  await pool.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".t (n integer PRIMARY KEY)`);
});

afterAll(async () => {
  await pool?.end();
  await dropSchema(schema);
});

describe('inTransaction', () => {
  it('commits what the work wrote and answers what it returned', async () => {
    const answer = await inTransaction(pool, async (client) => {
      await client.query(`INSERT INTO "${schema}".t VALUES (1), (2)`);
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await rows()).toEqual([1, 2]);
  });

  it('rolls back every write of work that throws, and rethrows its error', async () => {
    const failing = inTransaction(pool, async (client) => {
      await client.query(`INSERT INTO "${schema}".t VALUES (3)`);
      await client.query(`INSERT INTO "${schema}".t VALUES (1)`); // duplicate key
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    expect(await rows()).toEqual([1, 2]);
  });

  it('gives its connection back to the pool after each transaction, committed or not', async () => {
    for (let i = 0; i < 5; i++) await inTransaction(pool, () => Promise.reject(new Error('refused'))).catch(() => undefined);
    await inTransaction(pool, async (client) => void (await client.query('SELECT 1')));
    expect(pool.totalCount).toBeLessThanOrEqual(2);
    expect(pool.waitingCount).toBe(0);
    expect(pool.idleCount).toBe(pool.totalCount);
  });

  it('destroys a connection whose rollback failed instead of pooling it', async () => {
    const before = new Set<pg.PoolClient>();
    await expect(
      inTransaction(pool, async (client) => {
        before.add(client);
        client.on('error', () => undefined); // the server's goodbye, as a service's pool would log it
        await client.query('SELECT pg_terminate_backend(pg_backend_pid())').catch(() => undefined);
        throw new Error('the connection died');
      }),
    ).rejects.toThrow('the connection died');
    // The next transaction works, on another connection.
    await inTransaction(pool, async (client) => {
      expect(before.has(client)).toBe(false);
      await client.query(`INSERT INTO "${schema}".t VALUES (4)`);
    });
    expect(await rows()).toEqual([1, 2, 4]);
  });

  it('runs on a connection the caller holds, and leaves it with the caller', async () => {
    const client = await pool.connect();
    try {
      await inTransaction(client, async (same) => {
        expect(same).toBe(client);
        await same.query(`INSERT INTO "${schema}".t VALUES (5)`);
      });
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]); // still usable: not released
    } finally {
      client.release();
    }
    expect(await rows()).toEqual([1, 2, 4, 5]);
  });
});
