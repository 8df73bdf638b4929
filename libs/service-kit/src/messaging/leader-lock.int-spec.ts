import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { LeaderLock } from './leader-lock.js';

describe('the relay leader lock', () => {
  const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 4 });
  afterAll(() => pool.end());

  it('lets exactly one replica lead, and the other take over once it lets go', async () => {
    const name = `test:${randomUUID()}`;
    const first = new LeaderLock(pool, name);
    const second = new LeaderLock(pool, name);
    expect(await first.whenAcquired(() => false)).toBe(true);
    let giveUp = false;
    const waiting = second.whenAcquired(() => giveUp);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.release();
    expect(await waiting).toBe(true);
    giveUp = true;
    await second.release();
  });

  it('survives its connection being terminated: reports the loss, lets go, and can lead again', async () => {
    const name = `test:${randomUUID()}`;
    let reportLoss: (error: Error) => void = () => undefined;
    const loss = new Promise<Error>((resolve) => (reportLoss = resolve));
    const leader = new LeaderLock(pool, name, (error) => reportLoss(error));
    expect(await leader.whenAcquired(() => false)).toBe(true);

    // the session holding the advisory lock (a 64-bit key: classid holds its high half, objid its low half)
    const { rows } = await pool.query<{ pid: number }>(
      "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)",
      [name],
    );
    expect(rows).toHaveLength(1);
    await pool.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);

    expect((await loss).message).toMatch(/terminating connection/);
    expect(leader.held).toBe(false);
    const other = new LeaderLock(pool, name);
    expect(await other.whenAcquired(() => false)).toBe(true); // the server let go with the session
    await other.release();
    expect(await leader.whenAcquired(() => false)).toBe(true);
    await leader.release();
  });

  it('stops waiting when cancelled', async () => {
    const name = `test:${randomUUID()}`;
    const leader = new LeaderLock(pool, name);
    await leader.whenAcquired(() => false);
    expect(await new LeaderLock(pool, name).whenAcquired(() => true)).toBe(false);
    await leader.release();
  });
});
