import { bootService, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, fieldErrors, freshId, type Accepted, type Client } from './support/http.js';

interface StatementAnswer {
  statement: Record<string, unknown> & { seal: string };
  verification: { ok: boolean; expectedSeal: string; actualSeal: string; differences: unknown[] };
}

describe('statements of the public ledger over HTTP', () => {
  let service: BootedService;
  let api: Client;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
  });
  afterAll(() => service?.close());

  /** A community with a first quarter of 2025: parking revenue, a lift repair and January's fees. */
  const firstQuarter = async (communityId: string) => {
    const base = `/communities/${communityId}`;
    await api.post(`${base}/ledger/revenue`, { category: 'parking', amountFen: 360_000, date: '2025-01-15', counterparty: 'Parking operator' });
    await api.post(`${base}/ledger/expenditure`, { category: 'repairs', amountFen: 150_000, date: '2025-02-10', counterparty: 'Lift maintenance team' });
    await api.put(`${base}/fees/2025-01`, { billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540 });
  };

  it('publishes a quarter’s statement, late when posted after the deadline, and verifies it against the history', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    const published = await api.post<Accepted>(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-04-30' });
    expect(published).toMatchObject({ status: 201, etag: '"3"', body: { id: '2025-Q1', events: ['property.StatementPublished'] } });
    const answer = await api.read<StatementAnswer>(`/communities/${communityId}/statements/2025-Q1?minPosition=${published.body.position}`);
    expect(answer.status).toBe(200);
    expect(answer.body.statement).toMatchObject({
      period: '2025-Q1',
      revenueFen: 360_000,
      expenditureFen: 150_000,
      netFen: 210_000,
      feesBilledFen: 4_800_000,
      feeCollectionRateBp: 9000,
      publishedOn: '2025-04-30',
      deadline: '2025-04-15',
      onTime: false,
      publishedAt: '2025-04-30T04:00:00.000Z',
    });
    expect(answer.body.verification).toEqual(
      expect.objectContaining({ ok: true, expectedSeal: answer.body.statement.seal, actualSeal: answer.body.statement.seal, differences: [] }),
    );
  });

  it('lists a community’s statements, a month before its quarter', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    await api.post(`/communities/${communityId}/statements`, { period: '2025-01', publishedOn: '2025-02-05' });
    const quarter = await api.post<Accepted>(`/communities/${communityId}/statements`, { period: '2025-Q1' });
    const listed = await api.read<{ items: Array<Record<string, unknown>>; total: number }>(`/communities/${communityId}/statements?minPosition=${quarter.body.position}`);
    expect(listed.body.items.map((item) => [item['period'], item['onTime']])).toEqual([
      ['2025-01', true],
      ['2025-Q1', false],
    ]);
  });

  it('refuses an entry dated in a published period with 409 PeriodClosed, and the figures stay verified', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    await api.post(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-04-10' });
    const late = await api.post(`/communities/${communityId}/ledger/revenue`, { category: 'advertising', amountFen: 80_000, date: '2025-03-31', counterparty: 'Lift ads Co.' });
    expect(late).toMatchObject({ status: 409, body: { code: 'PeriodClosed', message: expect.stringContaining('2025-Q1') } });
    const fees = await api.put(`/communities/${communityId}/fees/2025-02`, { billedFen: 1, collectedFen: 1, billedHouseholds: 1, payingHouseholds: 1 });
    expect(fees).toMatchObject({ status: 409, body: { code: 'PeriodClosed' } });
  });

  it('refuses a period that has not ended with 409 PeriodNotEnded, and a second statement of a period with 409', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    expect(await api.post(`/communities/${communityId}/statements`, { period: '2099-Q1' })).toMatchObject({ status: 409, body: { code: 'PeriodNotEnded' } });
    expect(await api.post(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-03-31' })).toMatchObject({
      status: 409,
      body: { code: 'PeriodNotEnded' },
    });
    await api.post(`/communities/${communityId}/statements`, { period: '2025-Q1' });
    expect(await api.post(`/communities/${communityId}/statements`, { period: '2025-Q1' })).toMatchObject({ status: 409, body: { code: 'StatementAlreadyPublished' } });
  });

  it('answers a repeated Idempotency-Key with the first answer and publishes once', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    const headers = { 'idempotency-key': `publish-${communityId}` };
    const first = await api.post<Accepted>(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-04-12' }, headers);
    const again = await api.post<Accepted>(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-04-12' }, headers);
    expect(again).toEqual(first);
    expect(first.etag).toBe('"3"');
  });

  it.each([
    ['a period that is neither month nor quarter', { period: '2025-H1' }, ['period', 'isPeriod']],
    ['a publication day in the future', { period: '2025-Q1', publishedOn: '2099-01-01' }, ['publishedOn', 'notInFuture']],
    ['a publication day that does not exist', { period: '2025-Q1', publishedOn: '2025-04-31' }, ['publishedOn', 'isBusinessDate']],
  ])('refuses %s with 400 naming the field and rule', async (_case, body, expected) => {
    const answer = await api.post(`/communities/${freshId()}/statements`, body);
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer)).toContainEqual(expected);
  });

  it('answers 404 for a statement never published, and 400 for a malformed period', async () => {
    expect(await api.get(`/communities/${freshId()}/statements/2025-Q1`)).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(fieldErrors(await api.get(`/communities/${freshId()}/statements/2025-Q5`))).toEqual([['period', 'isPeriod']]);
  });

  it('re-verifies a statement after the service restarts: still ok, with the seal it was published with', async () => {
    const communityId = freshId();
    await firstQuarter(communityId);
    const published = await api.post<Accepted>(`/communities/${communityId}/statements`, { period: '2025-Q1', publishedOn: '2025-04-08' });
    const before = await api.read<StatementAnswer>(`/communities/${communityId}/statements/2025-Q1?minPosition=${published.body.position}`);
    await service.close();
    service = await bootService(propertyServicesService);
    api = client(service.url);
    const after = await api.read<StatementAnswer>(`/communities/${communityId}/statements/2025-Q1?minPosition=${published.body.position}`);
    expect(after.status).toBe(200);
    expect(after.body.verification).toMatchObject({ ok: true, differences: [], expectedSeal: before.body.statement.seal, actualSeal: before.body.statement.seal });
    expect(after.body.statement.seal).toBe(before.body.statement.seal);
  });
});
