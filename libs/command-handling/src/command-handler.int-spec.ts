import { randomUUID } from 'node:crypto';
import { DomainRuleViolation, type Command, type Decider, type DomainEvent } from '@linli/domain-kernel';
import { createPostgresEventStore, uuidv7, WrongExpectedRevision, type PostgresEventStore } from '@linli/event-store';
import { handleCommand } from './command-handler.js';

// A counter that refuses to go above a limit: enough to see read → fold → decide → append at work.
type Incremented = DomainEvent<'test.Incremented', { by: number }>;
type Increment = Command<'Increment', { by: number; limit: number }>;
const counter: Decider<Increment, Incremented, { total: number }> = {
  initialState: () => ({ total: 0 }),
  decide: (command, state) => {
    if (command.data.by === 0) return [];
    if (state.total + command.data.by > command.data.limit) throw new DomainRuleViolation('LimitExceeded', `total would exceed ${command.data.limit}`);
    return [{ type: 'test.Incremented', data: { by: command.data.by } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.by }),
};

const increment = (by: number, limit = 1_000): Increment => ({
  type: 'Increment',
  data: { by, limit },
  metadata: { now: '2026-03-01T08:00:00.000Z', actor: { id: 'staff-1', role: 'branch_secretary', orgUnitId: 'unit-1' }, correlationId: uuidv7(), causationId: uuidv7() },
});

describe('the command handler on the PostgreSQL event store', () => {
  const schema = `cmd_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let store: PostgresEventStore;
  let stream: string;
  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema });
  });
  beforeEach(() => {
    stream = `test.Counter-${randomUUID()}`;
  });
  afterAll(async () => {
    await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
  });

  it('appends the decided events with the command metadata and returns their position', async () => {
    const result = await handleCommand(store, counter, stream, increment(2));
    const [stored] = await store.readStream(stream);
    expect(result).toMatchObject({ revision: 0n, replayed: false, position: stored!.globalPosition });
    expect(stored).toMatchObject({ type: 'test.Incremented', data: { by: 2 }, metadata: { actor: { id: 'staff-1' }, occurredAt: '2026-03-01T08:00:00.000Z' } });
  });

  it('decides on the folded history, so a rule sees earlier events', async () => {
    await handleCommand(store, counter, stream, increment(8, 10));
    await expect(handleCommand(store, counter, stream, increment(3, 10))).rejects.toThrow(expect.objectContaining({ code: 'LimitExceeded' }));
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('appends nothing when the decider decides nothing', async () => {
    await expect(handleCommand(store, counter, stream, increment(0))).resolves.toMatchObject({ events: [], revision: -1n, position: null });
    expect(await store.readStream(stream)).toHaveLength(0);
  });

  it('answers a retry with the same idempotency key with the original result, appending nothing', async () => {
    const first = await handleCommand(store, counter, stream, increment(5), { idempotencyKey: 'key-1' });
    const retry = await handleCommand(store, counter, stream, increment(5), { idempotencyKey: 'key-1' });
    expect(retry).toMatchObject({ replayed: true, position: first.position, events: [{ type: 'test.Incremented', data: { by: 5 } }] });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('refuses a command whose If-Match revision is not the current one, changing nothing', async () => {
    await handleCommand(store, counter, stream, increment(1));
    await handleCommand(store, counter, stream, increment(1));
    await expect(handleCommand(store, counter, stream, increment(1), { expectedRevision: 0n })).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('decides again on the newer state when concurrent writers race, losing no increment', async () => {
    await Promise.all(Array.from({ length: 8 }, () => handleCommand(store, counter, stream, increment(1))));
    const events = await store.readStream(stream);
    expect(events.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
  });

  it('keeps a limit under concurrency: racing writers cannot together pass it', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => handleCommand(store, counter, stream, increment(1, 3))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(await store.readStream(stream)).toHaveLength(3);
  });
});
