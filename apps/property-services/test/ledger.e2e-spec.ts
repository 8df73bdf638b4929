import { bootService, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, fieldErrors, freshId, type Accepted, type Client } from './support/http.js';

interface LedgerPage {
  openingBalanceFen: number;
  closingBalanceFen: number;
  totals: { revenueFen: number; expenditureFen: number; netFen: number };
  entries: { items: Array<Record<string, unknown>>; total: number };
}

describe('the public ledger and fee records over HTTP', () => {
  let service: BootedService;
  let api: Client;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
  });
  afterAll(() => service?.close());

  const revenue = (overrides: Record<string, unknown> = {}) => ({ category: 'parking', amountFen: 360_000, date: '2025-01-15', counterparty: 'Parking operator', voucherRef: 'V-001', ...overrides });
  const expenditure = (overrides: Record<string, unknown> = {}) => ({ category: 'repairs', amountFen: 150_000, date: '2025-02-10', counterparty: 'Lift maintenance team', ...overrides });

  it('lists a quarter’s entries by date with running totals, a reversal counting against its side', async () => {
    const communityId = freshId();
    const ledger = `/communities/${communityId}/ledger`;
    await api.post(`${ledger}/revenue`, revenue({ date: '2024-12-20', amountFen: 50_000 }));
    await api.post(`${ledger}/expenditure`, expenditure({ date: '2024-12-21', amountFen: 20_000 }));
    const parking = await api.post<Accepted>(`${ledger}/revenue`, revenue());
    expect(parking).toMatchObject({ status: 201, etag: '"2"', body: { events: ['property.RevenueRecorded'] } });
    await api.post(`${ledger}/expenditure`, expenditure());
    const reversal = await api.post<Accepted>(`${ledger}/reversals`, { reversedEntryId: parking.body.id, date: '2025-02-01', reason: 'entered twice' });
    expect(reversal).toMatchObject({ status: 201, body: { events: ['property.EntryReversed'] } });
    const page = await api.read<LedgerPage>(`${ledger}?period=2025-Q1&minPosition=${reversal.body.position}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ openingBalanceFen: 30_000, totals: { revenueFen: 0, expenditureFen: 150_000, netFen: -150_000 }, closingBalanceFen: -120_000 });
    expect(page.body.entries.items.map((line) => [line['entryId'], line['kind'], line['runningNetFen'], line['balanceFen']])).toEqual([
      [parking.body.id, 'original', 360_000, 390_000],
      [reversal.body.id, 'reversal', 0, 30_000],
      [expect.any(String), 'original', -150_000, -120_000],
    ]);
    expect(page.body.entries.items[0]).toMatchObject({ reversedByEntryId: reversal.body.id, counterparty: 'Parking operator', voucherRef: 'V-001' });
  });

  it('pages the ledger but keeps the running totals of the whole period', async () => {
    const ledger = `/communities/${freshId()}/ledger`;
    let last: Accepted | undefined;
    for (const day of ['2025-01-05', '2025-01-06', '2025-01-07']) last = (await api.post<Accepted>(`${ledger}/revenue`, revenue({ date: day, amountFen: 100 }))).body;
    const page = await api.read<LedgerPage>(`${ledger}?period=2025-01&limit=1&offset=2&minPosition=${last?.position}`);
    expect(page.body.entries).toMatchObject({ total: 3, items: [{ date: '2025-01-07', runningRevenueFen: 300 }] });
  });

  it('answers 404 when reversing an entry the ledger does not have, and 409 when reversing one twice', async () => {
    const ledger = `/communities/${freshId()}/ledger`;
    expect(await api.post(`${ledger}/reversals`, { reversedEntryId: freshId(), date: '2025-02-01', reason: 'typo' })).toMatchObject({ status: 404 });
    const entry = await api.post<Accepted>(`${ledger}/revenue`, revenue());
    await api.post(`${ledger}/reversals`, { reversedEntryId: entry.body.id, date: '2025-02-01', reason: 'typo' });
    const again = await api.post(`${ledger}/reversals`, { reversedEntryId: entry.body.id, date: '2025-02-02', reason: 'typo' });
    expect(again).toMatchObject({ status: 409, body: { code: 'EntryAlreadyReversed' } });
  });

  it('refuses an entry dated after today with 409 EntryDatedInFuture', async () =>
    expect(await api.post(`/communities/${freshId()}/ledger/revenue`, revenue({ date: '2099-01-01' }))).toMatchObject({ status: 409, body: { code: 'EntryDatedInFuture' } }));

  it.each([
    ['a negative amount', revenue({ amountFen: -100 }), ['amountFen', 'isPositive']],
    ['an amount in yuan with decimals', revenue({ amountFen: 3600.5 }), ['amountFen', 'isInt']],
    ['an amount sent as text', revenue({ amountFen: '360000' }), ['amountFen', 'isInt']],
    ['an expenditure category on the revenue side', revenue({ category: 'repairs' }), ['category', 'isIn']],
    ['a category that does not exist', revenue({ category: 'donations' }), ['category', 'isIn']],
    ['an unknown field', revenue({ approvedBy: 'Li' }), ['approvedBy', 'whitelistValidation']],
    ['a date that is not a calendar day', revenue({ date: '15/01/2025' }), ['date', 'isBusinessDate']],
  ])('refuses %s with 400 naming the field and rule', async (_case, body, expected) => {
    const answer = await api.post(`/communities/${freshId()}/ledger/revenue`, body);
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer)).toContainEqual(expected);
  });

  it('records a month’s fees, replaces them with a later record, and reports the collection rate over the range', async () => {
    const communityId = freshId();
    const fees = `/communities/${communityId}/fees`;
    const first = await api.put<Accepted>(`${fees}/2025-01`, { billedFen: 4_800_000, collectedFen: 4_000_000, billedHouseholds: 600, payingHouseholds: 500 });
    expect(first).toMatchObject({ status: 200, etag: '"0"', body: { id: '2025-01', events: ['property.FeesRecorded'] } });
    await api.put(`${fees}/2025-01`, { billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540 }, { 'if-match': '"0"' });
    const february = await api.put<Accepted>(`${fees}/2025-02`, { billedFen: 4_800_000, collectedFen: 4_800_000, billedHouseholds: 600, payingHouseholds: 600 });
    const listed = await api.read(`${fees}?from=2025-01&to=2025-03&minPosition=${february.body.position}`);
    expect(listed.body).toMatchObject({
      totals: { billedFen: 9_600_000, collectedFen: 9_120_000, rateBp: 9500, householdRateBp: 9500 },
      months: { total: 2, items: [{ period: '2025-01', collectedFen: 4_320_000, rateBp: 9000 }, { period: '2025-02', rateBp: 10000 }] },
    });
  });

  it('records nothing when the same fee figures come again', async () => {
    const fees = `/communities/${freshId()}/fees/2025-03`;
    const figures = { billedFen: 100, collectedFen: 50, billedHouseholds: 2, payingHouseholds: 1 };
    await api.put(fees, figures);
    expect(await api.put(fees, figures)).toMatchObject({ status: 200, etag: '"0"', body: { events: [], position: null } });
  });

  it('refuses fee figures that break the rules: 400 for bad input, 409 for collected above billed', async () => {
    const fees = `/communities/${freshId()}/fees`;
    expect(fieldErrors(await api.put(`${fees}/2025-01`, { billedFen: -1, collectedFen: 0, billedHouseholds: 0, payingHouseholds: 0 }))).toEqual([['billedFen', 'min']]);
    expect(fieldErrors(await api.put(`${fees}/2025-Q1`, { billedFen: 1, collectedFen: 0, billedHouseholds: 1, payingHouseholds: 0 }))).toEqual([['period', 'isMonth']]);
    expect(fieldErrors(await api.get(`${fees}?from=2025-06&to=2025-01`))).toEqual([['to', 'notBeforeFrom']]);
    const above = await api.put(`${fees}/2025-01`, { billedFen: 100, collectedFen: 101, billedHouseholds: 1, payingHouseholds: 1 });
    expect(above).toMatchObject({ status: 409, body: { code: 'CollectedExceedsBilled' } });
  });

  it('refuses a ledger query without a period or with a page over 100', async () => {
    const ledger = `/communities/${freshId()}/ledger`;
    expect(fieldErrors(await api.get(ledger))).toEqual([['period', 'isPeriod']]);
    expect(fieldErrors(await api.get(`${ledger}?period=2025-Q1&limit=500`))).toEqual([['limit', 'max']]);
  });
});
