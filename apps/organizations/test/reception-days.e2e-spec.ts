import { randomUUID } from 'node:crypto';
import type { BootedService } from '@linli/service-kit/testing';
import { bootOrganizations, idOf, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, estateWithBranch } from './support/yugan-tree.js';

describe('community convenience reception days over HTTP', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let estate: string;
  beforeAll(async () => {
    ({ service, api } = await bootOrganizations());
    const { committee } = await buildLadder(api);
    ({ estate } = await estateWithBranch(api, committee, 'Central Capital'));
  });
  afterAll(() => service?.close());

  const schedule = (extra: Record<string, unknown> = {}) =>
    api.post('/reception-days', { communityId: estate, officialSubjectId: 'official-17', scheduledFor: '2025-05-20', venue: 'Party and mass service centre', ...extra });
  const matter = { category: 'noise', summary: 'square dancing in the courtyard after 21:00', referToDisputes: true };

  it('schedules a day, holds it and records the matters raised; the day shows them', async () => {
    const id = idOf(await schedule());
    expect(await api.post(`/reception-days/${id}/hold`, { heldOn: '2025-05-20' })).toMatchObject({ status: 200, etag: '"1"' });
    await api.put(`/reception-days/${id}/matters/matter-1`, matter);
    const parking = await api.put(`/reception-days/${id}/matters/matter-2`, { category: 'parking', summary: 'visitor parking signs', referToDisputes: false, raisedBySubjectId: 'resident-9' });
    const day = await api.read(`/reception-days/${id}`, parking);
    expect(day.body['receptionDay']).toMatchObject({
      status: 'held',
      heldOn: '2025-05-20',
      matters: [
        { matterId: 'matter-1', category: 'noise', referToDisputes: true, raisedBySubjectId: null, raisedOn: '2025-05-20' },
        { matterId: 'matter-2', category: 'parking', raisedBySubjectId: 'resident-9' },
      ],
    });
    const days = await api.read(`/communities/${estate}/reception-days`, parking);
    expect((days.body['items'] as { receptionDayId: string }[]).map((item) => item.receptionDayId)).toContain(id);
  });

  it('records the same matter again without a new event, and refuses other content under its id', async () => {
    const id = idOf(await schedule());
    await api.post(`/reception-days/${id}/hold`, { heldOn: '2025-05-21' });
    await api.put(`/reception-days/${id}/matters/leak-1`, { ...matter, category: 'leak' });
    expect(await api.put(`/reception-days/${id}/matters/leak-1`, { ...matter, category: 'leak' })).toMatchObject({ status: 200, body: { events: [] } });
    expect(await api.put(`/reception-days/${id}/matters/leak-1`, matter)).toMatchObject({ status: 409, body: { code: 'MatterAlreadyRecorded' } });
  });

  it('cancels a day not yet held, and refuses to cancel one that was held', async () => {
    const cancelled = await api.post(`/reception-days/${idOf(await schedule())}/cancel`, { reason: 'flood warning' });
    expect(cancelled).toMatchObject({ status: 200, body: { events: ['organizations.ReceptionDayCancelled'] } });
    const held = idOf(await schedule());
    await api.post(`/reception-days/${held}/hold`, { heldOn: '2025-05-20' });
    expect(await api.post(`/reception-days/${held}/cancel`, { reason: 'too late' })).toMatchObject({ status: 409, body: { code: 'ReceptionDayAlreadyHeld' } });
  });

  it('refuses matters at a day that was not held', async () => {
    expect(await api.put(`/reception-days/${idOf(await schedule())}/matters/m-1`, matter)).toMatchObject({ status: 409, body: { code: 'ReceptionDayNotHeld' } });
  });

  it('answers 404 for an estate that is not registered and for a day it does not know', async () => {
    expect(await schedule({ communityId: randomUUID() })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await api.post(`/reception-days/${randomUUID()}/hold`, { heldOn: '2025-05-20' })).toMatchObject({ status: 404 });
    expect(await api.get(`/reception-days/${randomUUID()}`)).toMatchObject({ status: 404 });
  });

  it.each([
    ['a category that does not exist', { category: 'gossip' }, 'category', 'isIn'],
    ['a referral flag that is not a boolean', { referToDisputes: 'yes' }, 'referToDisputes', 'isBoolean'],
  ])('answers 400 naming the field and the rule for %s', async (_case, change, field, rule) => {
    const answer = await api.put(`/reception-days/${randomUUID()}/matters/m-1`, { ...matter, ...change });
    expect(answer).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field, rule })] } });
  });

  it('answers 400 naming matterId when it has characters outside letters, digits, - and _', async () => {
    expect(await api.put(`/reception-days/${randomUUID()}/matters/a.b`, matter)).toMatchObject({ status: 400, body: { errors: [{ field: 'matterId' }] } });
  });
});
