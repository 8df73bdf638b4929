import { randomUUID } from 'node:crypto';
import { bootRatings, type RatingsUnderTest } from './support/boot-ratings.js';

const run = randomUUID().slice(0, 8);
const rubricId = `county-${run}`;
const community = `rc-e2e-${run}`;

const rubric = (version: number, effectiveFrom: string, weights = [60, 40]) => ({
  version,
  effectiveFrom,
  areas: [
    {
      id: 'disputes',
      name: 'Disputes',
      criteria: [
        { id: 'resolution', name: 'Resolution rate', weight: weights[0], measure: 'dispute_resolution_rate', scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
        { id: 'contract', name: 'Contract in force', weight: weights[1], measure: 'contract_in_force', scoring: { kind: 'boolean' } },
      ],
    },
  ],
  starThresholds: [{ stars: 3, minScore: 60 }, { stars: 4, minScore: 75 }, { stars: 5, minScore: 90 }],
});

describe('the ratings API', () => {
  let api: RatingsUnderTest;
  beforeAll(async () => {
    api = await bootRatings();
  });
  afterAll(() => api?.close());
  /** A GET with minPosition asked again while it answers 202 (not reached within the service's 2 s bound), as a client is told to: a busy machine may need longer. */
  const settled = async (url: string) => {
    for (let tries = 0; ; tries++) {
      const answer = await api.get(url);
      if (answer.status !== 202 || tries >= 30) return answer;
    }
  };

  it('publishes rubric versions and lists them once the read models have them (minPosition)', async () => {
    const first = await api.post(`/rubrics/${rubricId}/versions`, rubric(1, '2025-01-01'));
    expect(first).toMatchObject({ status: 201, body: { id: rubricId, revision: '0', events: ['ratings.RubricVersionPublished'] } });
    expect(first.headers.get('etag')).toBe('"0"');
    const second = await api.post(`/rubrics/${rubricId}/versions`, rubric(2, '2026-01-01', [50, 50]));
    const listed = await settled(`/rubrics/${rubricId}/versions?minPosition=${second.body.position}`);
    expect(listed.status).toBe(200);
    expect(listed.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('refuses bad input with 400, a broken rubric rule with 409, an unknown rubric with 404', async () => {
    const missing = await api.post(`/rubrics/${rubricId}/versions`, { version: 3, effectiveFrom: '2027-01-01', starThresholds: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'areas' })]));
    expect((await api.post('/rubrics/bad id/versions', rubric(1, '2025-01-01'))).status).toBe(400);
    expect(await api.post(`/rubrics/${rubricId}/versions`, rubric(3, '2027-01-01', [60, 30]))).toMatchObject({ status: 409, body: { code: 'WeightsMustSumTo100' } });
    expect(await api.post(`/rubrics/${rubricId}/versions`, rubric(5, '2027-01-01'))).toMatchObject({ status: 409, body: { code: 'VersionOutOfSequence' } });
    expect((await api.get(`/rubrics/nothing-${run}/versions`)).status).toBe(404);
  });

  it('awards, amends and revokes, with the reasons and actors in the rating history', async () => {
    const award = { stars: 4, rubricId, rubricVersion: 1, scoreSeen: 78.5, recommendedStars: 4 };
    const path = `/communities/${community}/awards/2025-H2`;
    expect(await api.post(path, award)).toMatchObject({ status: 201, body: { events: ['ratings.StarsAwarded'] } });
    expect(await api.post(path, award)).toMatchObject({ status: 409, body: { code: 'AwardAlreadyMade' } });
    expect(await api.post(`/communities/${community}/awards/2025-H1`, { ...award, stars: 1 })).toMatchObject({ status: 409, body: { code: 'DeviationNeedsReason' } });
    expect((await api.post(`/communities/${community}/awards/2025-H1`, { ...award, rubricVersion: 9 })).status).toBe(404);
    expect((await api.post(`/communities/${community}/awards/2025-H3`, award)).status).toBe(400);
    expect((await api.post(`/communities/${community}/awards/2024/amend`, { stars: 2, reason: 'x' })).status).toBe(404);
    expect((await api.post(`${path}/amend`, { stars: 5 })).status).toBe(400);
    expect(await api.post(`${path}/amend`, { stars: 5, reason: 'late statement corrected' }, { 'if-match': '"7"' })).toMatchObject({ status: 409, body: { code: 'WrongExpectedRevision' } });
    expect(await api.post(`${path}/amend`, { stars: 5, reason: 'late statement corrected' }, { 'if-match': '"0"' })).toMatchObject({ status: 200, body: { revision: '1' } });
    const revoked = await api.post(`${path}/revoke`, { reason: 'ledger under review' });
    expect(revoked.status).toBe(200);
    expect(await api.post(`${path}/revoke`, { reason: 'again' })).toMatchObject({ status: 409, body: { code: 'AwardNotInForce' } });

    const history = await settled(`/communities/${community}/ratings?rubricId=${rubricId}&minPosition=${revoked.body.position}`);
    expect(history.status).toBe(200);
    const [period] = history.body.periods;
    expect(period).toMatchObject({ period: '2025-H2', award: { status: 'revoked', stars: 5 }, rating: { rubric: { version: 1, inForceForPeriod: true } } });
    expect(period.decisions.map((d: { decision: string; reason: string | null; actorId: string }) => [d.decision, d.reason, d.actorId])).toEqual([
      ['awarded', null, 'assessor-7'],
      ['amended', 'late statement corrected', 'assessor-7'],
      ['revoked', 'ledger under review', 'assessor-7'],
    ]);
  });

  it('rates a period under the version in force or another one, explaining each criterion', async () => {
    const inForce = await api.get(`/communities/${community}/ratings/2025-H2?rubricId=${rubricId}`);
    expect(inForce).toMatchObject({ status: 200, body: { rubric: { version: 1, inForceForPeriod: true }, total: 0, awardedStars: null } });
    expect(inForce.body.criteria[0]).toMatchObject({ criterionName: 'Resolution rate', value: null, reason: 'no data', evidence: [] });
    const compared = await api.get(`/communities/${community}/ratings/2025-H2?rubricId=${rubricId}&rubricVersion=2`);
    expect(compared.body.rubric).toMatchObject({ version: 2, inForceForPeriod: false });
    expect((await api.get(`/communities/${community}/ratings/2024-H1?rubricId=${rubricId}`)).status).toBe(404); // no version in force yet
    expect((await api.get(`/communities/rc-unknown-${run}/ratings/2025-H2?rubricId=${rubricId}`)).status).toBe(404);
    expect((await api.get(`/communities/${community}/ratings/2025-H2?rubricId=${rubricId}&rubricVersion=0`)).status).toBe(400);
  });

  it('answers a rating as it stood at a system time (asAt) or a business day (asOf), naming what it was computed from', async () => {
    const other = `rc-asof-${run}`;
    const path = `/communities/${other}/awards/2025-H2`;
    const awarded = await api.post(path, { stars: 3, rubricId, rubricVersion: 1, scoreSeen: 61, recommendedStars: 3 });
    const { position: _p, ...recorded } = (await settled(`/communities/${other}/ratings/2025-H2?rubricId=${rubricId}&minPosition=${awarded.body.position}`)).body;
    const knownAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const amended = await api.post(`${path}/amend`, { stars: 5, reason: 'statement verified' });
    expect((await settled(`/communities/${other}/ratings/2025-H2?rubricId=${rubricId}&minPosition=${amended.body.position}`)).body.awardedStars).toBe(5);

    const then = await api.get(`/communities/${other}/ratings/2025-H2?rubricId=${rubricId}&asAt=${encodeURIComponent(knownAt)}`);
    expect(then.status).toBe(200);
    const { asOf, computedFrom, ...rating } = then.body;
    expect(rating).toEqual(recorded);
    expect(rating.awardedStars).toBe(3);
    expect(asOf).toEqual({ asAt: knownAt });
    expect(computedFrom).toMatchObject({ projection: `${api.prefix}_community_rating`, projectionVersion: 1, lastPosition: expect.stringMatching(/^\d+$/) });
    expect(BigInt(computedFrom.lastPosition)).toBeLessThan(BigInt(amended.body.position));
    expect((await api.get(`/communities/${other}/ratings/2025-H2?rubricId=${rubricId}&asOf=2000-01-01`)).status).toBe(404); // nothing known yet
    const bad = await api.get(`/communities/${other}/ratings/2025-H2?asAt=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'asAt' })]);
  });

  it('pages the governance history, filtered by kind', async () => {
    const first = await api.get(`/communities/${community}/governance-history?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['award-revoked', 'award-amended']);
    const rest = await api.get(`/communities/${community}/governance-history?limit=2&after=${encodeURIComponent(first.body.next)}`);
    expect(rest.body).toMatchObject({ entries: [{ kind: 'stars-awarded', details: { stars: 4, rubricVersion: 1 } }], next: null });
    const awarded = await api.get(`/communities/${community}/governance-history?kind=stars-awarded&from=2000-01-01`);
    expect(awarded.body.entries).toHaveLength(1);
    expect((await api.get(`/communities/${community}/governance-history?kind=Bad_Kind`)).status).toBe(400);
    expect((await api.get(`/communities/rc-unknown-${run}/governance-history`)).status).toBe(404);
  });

  it('answers the dashboard, and 202 with the position reached when minPosition is not reached in time', async () => {
    const dashboard = await api.get('/dashboard?period=2025-H2');
    expect(dashboard).toMatchObject({ status: 200, body: { period: '2025-H2', asOf: '2025-12-31', stars: expect.any(Object), coverage: expect.any(Object) } });
    expect((await api.get('/dashboard')).status).toBe(400);
    const future = await api.get('/dashboard?period=2025-H2&minPosition=999999999999999999');
    expect(future.status).toBe(202);
    expect(future.body.position).toMatch(/^\d+$/);
  });

  it('reports the projections, their lag in /metrics and in readiness', async () => {
    const status = await api.get('/projections');
    expect(status.body.projections.map((p: { name: string }) => p.name)).toContain(`${api.prefix}_governance_history`);
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`linli_projection_lag_events\\{[^}]*projection="${api.prefix}_community_rating"`));
    expect(metrics).toContain('linli_projection_rebuild_progress_ratio');
    expect((await api.get('/health/ready')).body.info.projections).toMatchObject({ status: 'up' });
  });
});
