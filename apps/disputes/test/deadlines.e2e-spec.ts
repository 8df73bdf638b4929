import { Infrastructure } from '@linli/service-kit';
import { Clock } from '../src/deadlines/clock.js';
import { aReport, bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';
import { eventually, pause } from './support/eventually.js';

// The scheduler runs here only (the other test files switch it off). Its grace period keeps it
// away from the backdated histories that other test files record meanwhile.
const scheduler = { DISPUTES_SCHEDULER: 'on', DEADLINE_POLL_MS: '100', DISPUTES_DEADLINE_GRACE_MS: '2000' };
const OVERDUE = 'disputes.DisputeBecameOverdue';

describe('the durable deadline scheduler', () => {
  const communityId = newCommunity();
  let api: DisputesApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  /** A dispute reported and accepted at `level` with business time `at`; returns its id. */
  async function accepted(on: DisputesApi, level: number, at: string): Promise<string> {
    const id = String((await on.post('/disputes', aReport(communityId, { occurredAt: at }))).body['id']);
    expect((await on.post(`/disputes/${id}/accept`, { category: 'square_dancing_noise', level, occurredAt: at })).status).toBe(200);
    return id;
  }
  const typesOf = async (on: DisputesApi, id: string) => (await on.events(id)).map((event) => event.type);
  const overdueCount = async (on: DisputesApi, id: string) => (await typesOf(on, id)).filter((type) => type === OVERDUE).length;
  const becameOverdue = (on: DisputesApi, id: string) => eventually(async () => ((await overdueCount(on, id)) > 0 ? true : undefined), 15_000, `${id} becoming overdue`);

  it('marks a dispute overdue once when its deadline passes, escalating it automatically from level 0', async () => {
    api = await bootDisputes(scheduler);
    const id = await accepted(api, 0, daysAgo(20));
    await becameOverdue(api, id);
    await pause(500);
    expect((await typesOf(api, id)).slice(2)).toEqual([OVERDUE, 'disputes.DisputeEscalated']);
    const [, , overdue, escalated] = await api.events(id);
    expect(overdue?.metadata.actor).toEqual({ id: 'disputes-deadline-scheduler', role: 'system', orgUnitId: '' });
    expect(escalated?.data).toMatchObject({ fromLevel: 0, toLevel: 1, automatic: true, reason: 'overdue' });
  });

  it('lists a level-3 dispute past its deadline among the community\'s overdue disputes', async () => {
    api = await bootDisputes(scheduler);
    const id = await accepted(api, 3, daysAgo(30));
    await becameOverdue(api, id);
    const [last] = (await api.events(id)).slice(-1);
    const { body } = await api.get(`/communities/${communityId}/disputes?state=overdue&minPosition=${last!.globalPosition}`);
    expect(body).toMatchObject({ items: [{ disputeId: id, level: 3, overdue: true, overdueCount: 1 }], counts: { overdue: 1 } });
  });

  it('produces exactly one overdue event after a restart for a deadline that passed while the service was down', async () => {
    const enteredAt = daysAgo(20);
    const first = await bootDisputes(scheduler);
    first.service.app.get(Clock).set(new Date(Date.parse(enteredAt) + 3_600_000).toISOString()); // the service's time: an hour after acceptance
    const id = await accepted(first, 0, enteredAt);
    const pg = first.service.app.get(Infrastructure).pg;
    await eventually(async () => ((await pg.query("SELECT 1 FROM linli.disputes_deadlines WHERE dispute_id = $1 AND status = 'pending'", [id])).rowCount ? true : undefined));
    await pause(300);
    expect(await overdueCount(first, id)).toBe(0);
    await first.close();

    api = await bootDisputes(scheduler); // time has passed: the real clock is weeks after the deadline
    await becameOverdue(api, id);
    await pause(1_000);
    expect(await overdueCount(api, id)).toBe(1);
    await api.close();
    api = await bootDisputes(scheduler);
    await pause(1_000);
    expect(await overdueCount(api, id)).toBe(1);
  });

  it('yields exactly one overdue event per deadline with two instances running at once', async () => {
    const [one, two] = await Promise.all([bootDisputes(scheduler), bootDisputes(scheduler)]);
    try {
      const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => accepted(i % 2 === 0 ? one : two, 1, daysAgo(25, i))));
      await Promise.all(ids.map((id) => becameOverdue(one, id)));
      await pause(1_000);
      expect(await Promise.all(ids.map((id) => overdueCount(one, id)))).toEqual(ids.map(() => 1));
      const pg = one.service.app.get(Infrastructure).pg;
      const rows = await pg.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM linli.disputes_deadlines WHERE dispute_id = ANY($1) GROUP BY status ORDER BY status', [ids]);
      expect(rows.rows).toEqual([{ status: 'done', n: '6' }, { status: 'pending', n: '6' }]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
