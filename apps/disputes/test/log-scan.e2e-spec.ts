import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessAudit } from '@linli/service-kit';
import { authHeaders } from '@linli/service-kit/testing';
import { aReport, bootDisputes, newCommunity, type DisputesApi } from './support/disputes-api.js';

// PIPL: whatever the service logs while it handles personal data — accepted, read, audited,
// refused — contains none of it. The service logs at debug level into a file of this run, which
// is then scanned for every personal value of the fixtures.

const FIXTURE_PERSONAL_DATA = ['Li Wei', '13800000001', '5-302', 'Zhang Min'];

describe('the logs of a run that handles personal data', () => {
  const file = join(process.cwd(), '.linli', 'test-logs', `disputes-${randomUUID()}.log`);
  let api: DisputesApi;
  let disputeId: string;

  beforeAll(async () => {
    api = await bootDisputes({ LOG_LEVEL: 'debug', LOG_FILE: file });
    const communityId = newCommunity();
    const reported = await api.post('/disputes', aReport(communityId));
    const id = String(reported.body['id']);
    disputeId = id;
    const asMediator = { ...(await authHeaders({ role: 'mediator' })), 'x-access-reason': 'mediation session' };
    // Like a client, ask again while the read models have not reached the report (202).
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      const read = await api.get(`/disputes/${id}?minPosition=${String(reported.body['position'])}`, asMediator);
      if (read.status !== 202) break;
    }
    await api.post('/disputes', aReport(communityId, { description: '' }));
    await api.post('/disputes', { ...aReport(communityId), reporterPhone: '13800000001' });
    await api.post('/disputes', aReport(communityId), await authHeaders({ role: 'auditor' }));
    await api.post('/disputes', aReport(communityId), { authorization: 'Bearer not.a.token' });
  });
  afterAll(() => api?.close());

  it('logged the run (the scan below has something to look at)', () => {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((line) => line.includes('request rejected'))).toBe(true);
    expect(lines.some((line) => line.includes('access denied'))).toBe(true);
  });

  it('recorded the mediator\'s read in the access audit: who, whose, why — without the data', async () => {
    const reads = (await api.service.app.get(AccessAudit).readsOf('subj-li')).filter((row) => row.resource === `dispute:${disputeId}`);
    expect(reads).toEqual([expect.objectContaining({ service: 'disputes', actorRole: 'mediator', dataSubjectId: 'subj-li', reason: 'mediation session' })]);
    expect(FIXTURE_PERSONAL_DATA.filter((value) => JSON.stringify(reads).includes(value))).toEqual([]);
  });

  it('contains no name, phone or room of the fixtures, and no bearer token', () => {
    const text = readFileSync(file, 'utf8');
    expect(FIXTURE_PERSONAL_DATA.filter((value) => text.includes(value))).toEqual([]);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  });
});
