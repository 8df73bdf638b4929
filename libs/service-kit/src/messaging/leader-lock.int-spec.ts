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

  it('stops waiting when cancelled', async () => {
    const name = `test:${randomUUID()}`;
    const leader = new LeaderLock(pool, name);
    await leader.whenAcquired(() => false);
    expect(await new LeaderLock(pool, name).whenAcquired(() => true)).toBe(false);
    await leader.release();
  });
});
