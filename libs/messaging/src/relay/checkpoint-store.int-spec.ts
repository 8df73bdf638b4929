import { openIntEnv, type IntEnv } from '../testing/int-env.js';
import { PostgresCheckpointStore } from './checkpoint-store.js';

let env: IntEnv;
let checkpoints: PostgresCheckpointStore;

beforeAll(async () => {
  env = await openIntEnv('checkpoints');
  checkpoints = await PostgresCheckpointStore.create(env.pool, env.schema);
});

afterAll(async () => {
  await env?.close();
});

describe('relay checkpoints in PostgreSQL', () => {
  it('are absent until first stored', async () => {
    expect(await checkpoints.load('never-ran')).toBeUndefined();
  });

  it('only move forward, so a late write from a stale relay cannot move one back', async () => {
    await checkpoints.save('disputes', 5_242_880n);
    await checkpoints.save('disputes', 1_048_576n);
    expect(await checkpoints.load('disputes')).toBe(5_242_880n);
  });

  it('hold positions wider than 64 bits (a KurrentDB position packs two offsets)', async () => {
    const kurrent = (123_456_789n << 64n) + 123_456_700n;
    await checkpoints.save('kurrent', kurrent);
    expect(await checkpoints.load('kurrent')).toBe(kurrent);
  });

  it('can be created twice over the same schema', async () => {
    await expect(PostgresCheckpointStore.create(env.pool, env.schema)).resolves.toBeInstanceOf(PostgresCheckpointStore);
  });
});
