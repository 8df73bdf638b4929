import { randomUUID } from 'node:crypto';
import { aReport, bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';
import { authHeaders } from '@linli/service-kit/testing';

interface Page {
  position: string;
  items: { disputeId: string; status: string; level: number | null; category: string }[];
  next: string | null;
  total: number;
  counts?: { open: number; overdue: number };
}

describe('querying disputes over HTTP', () => {
  let api: DisputesApi;
  const communityId = newCommunity();
  const ids: string[] = [];
  let lastPosition = '0';
  beforeAll(async () => {
    api = await bootDisputes();
    // five disputes reported on five successive days: two parking at level 0, two leaks at level 2 (one resolved), one only reported
    const plan = [['parking', 0], ['parking', 0], ['leak', 2], ['leak', 2], ['pets', null]] as const;
    for (const [index, [category, level]] of plan.entries()) {
      const report = await api.post('/disputes', aReport(communityId, { category, occurredAt: daysAgo(10 - index) }));
      const id = String(report.body['id']);
      ids.push(id);
      lastPosition = String(report.body['position']);
      if (level === null) continue;
      // accepted now, so that no deadline has passed (the deadline tests' scheduler may be running)
      lastPosition = String((await api.post(`/disputes/${id}/accept`, { category, level })).body['position']);
      if (index === 3) lastPosition = String((await api.post(`/disputes/${id}/resolve`, { outcome: 'rectified', agreementSummary: 'pipe repaired' })).body['position']);
    }
  });
  afterAll(() => api?.close());

  it('shows a dispute with its history once the read models reach the position the command answered', async () => {
    const [id] = ids;
    const { body: accepted } = await api.post(`/disputes/${id}/assign-mediator`, { mediatorId: 'med-chen' });
    const { status, body, headers } = await api.get(`/disputes/${id}?minPosition=${String(accepted['position'])}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ disputeId: id, communityId, status: 'open', level: 0, mediatorId: 'med-chen', revision: 2 });
    expect(BigInt(String(body['position']))).toBeGreaterThanOrEqual(BigInt(String(accepted['position'])));
    expect((body['history'] as { type: string }[]).map((entry) => entry.type)).toEqual(['DisputeReported', 'DisputeAccepted', 'MediatorAssigned']);
    expect(headers.get('etag')).toBe('"2"');
  });

  it('shows parties\' personal data to a mediator who states why and redacts it for an assessor', async () => {
    const path = `/disputes/${ids[0]}?minPosition=${lastPosition}`;
    const shown = await api.get(path, { ...(await authHeaders({ role: 'mediator' })), 'x-access-reason': 'mediation session' });
    expect(shown.body).toMatchObject({ personalData: 'shown', parties: [{ subjectId: 'subj-li', role: 'reporter', name: 'Li Wei', phone: '13800000001', room: '5-302' }, { subjectId: 'subj-dance', name: 'Zhang Min' }] });
    const redacted = await api.get(path, await authHeaders({ role: 'assessor' }));
    expect(redacted.body).toMatchObject({ personalData: 'redacted', parties: [{ subjectId: 'subj-li', role: 'reporter' }, { subjectId: 'subj-dance', role: 'respondent' }] });
    expect(JSON.stringify(redacted.body)).not.toMatch(/Li Wei|13800000001|5-302|Zhang Min/);
  });

  it('answers 404 for a dispute it does not know', async () =>
    expect(await api.get(`/disputes/${randomUUID()}?minPosition=${lastPosition}`)).toMatchObject({ status: 404, body: { code: 'NotFound' } }));

  it('answers 202 with its position when the read models cannot reach minPosition in time', async () => {
    const { status, body } = await api.get(`/disputes/${ids[0]}?minPosition=9223372036854775807`);
    expect(status).toBe(202);
    expect(body['position']).toMatch(/^\d+$/);
  });

  it('filters a community\'s disputes by category, level, status and report dates, newest first', async () => {
    const list = async (query: string) => (await api.get<Page>(`/disputes?communityId=${communityId}&minPosition=${lastPosition}&${query}`)).body.items.map((d) => ids.indexOf(d.disputeId));
    expect(await list('category=parking')).toEqual([1, 0]);
    expect(await list('level=2')).toEqual([3, 2]);
    expect(await list('status=open&level=2')).toEqual([2]);
    expect(await list('status=reported')).toEqual([4]);
    expect(await list(`reportedFrom=${encodeURIComponent(daysAgo(9, -5))}&reportedTo=${encodeURIComponent(daysAgo(7, 5))}`)).toEqual([3, 2, 1]);
  });

  it('pages through a list with a bounded page size and a cursor', async () => {
    const first = await api.get<Page>(`/disputes?communityId=${communityId}&limit=2&minPosition=${lastPosition}`);
    expect(first.body).toMatchObject({ total: 5 });
    const second = await api.get<Page>(`/disputes?communityId=${communityId}&limit=2&after=${first.body.next}`);
    const third = await api.get<Page>(`/disputes?communityId=${communityId}&limit=2&after=${second.body.next}`);
    expect([...first.body.items, ...second.body.items, ...third.body.items].map((d) => ids.indexOf(d.disputeId))).toEqual([4, 3, 2, 1, 0]);
    expect(third.body.next).toBeNull();
  });

  it('lists a community\'s open disputes with its open and overdue counts', async () => {
    const { body } = await api.get<Page>(`/communities/${communityId}/disputes?minPosition=${lastPosition}`);
    expect(body.items.map((d) => ids.indexOf(d.disputeId))).toEqual([2, 1, 0]);
    expect(body.counts).toEqual({ open: 3, overdue: 0 });
    expect((await api.get<Page>(`/communities/${communityId}/disputes?state=overdue`)).body.items).toEqual([]);
  });
});
