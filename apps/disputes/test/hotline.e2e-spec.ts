import { randomUUID } from 'node:crypto';
import { HotlineIntake, type HotlineTicket } from '../src/application/hotline-intake.js';
import { bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';

describe('12345 hotline tickets', () => {
  let api: DisputesApi;
  beforeAll(async () => {
    api = await bootDisputes();
  });
  afterAll(() => api?.close());

  const aTicket = (): HotlineTicket => ({
    ticketId: `T20261130-${randomUUID().slice(0, 8)}`,
    communityId: newCommunity(),
    category: 'road_occupation',
    description: 'A shop stacks goods on the fire lane by gate 2',
    reportedAt: daysAgo(1),
    caller: { subjectId: `subj-${randomUUID().slice(0, 8)}`, name: 'Wang Fang', phone: '13900000002', room: '3-101' },
    urgency: 'urgent',
  });

  it('become one reported dispute each, however often the same ticket arrives', async () => {
    const intake = api.service.app.get(HotlineIntake);
    const ticket = aTicket();
    const first = await intake.reportFromHotlineTicket(ticket);
    const again = await intake.reportFromHotlineTicket(ticket);
    expect(again).toEqual(first);
    const events = await api.events(first.id);
    expect(events.map((event) => event.type)).toEqual(['disputes.DisputeReported']);
    expect(events[0]?.data).toMatchObject({
      channel: 'hotline_12345', hotlineTicketId: ticket.ticketId, urgency: 'urgent', reportedAt: new Date(ticket.reportedAt).toISOString(),
      parties: [{ subjectId: ticket.caller.subjectId, role: 'reporter', name: 'Wang Fang' }],
    });
    expect(events[0]?.metadata.actor).toMatchObject({ id: 'hotline-12345' });
  });

  it('name their dispute after the ticket, so another ticket is another dispute', async () => {
    const intake = api.service.app.get(HotlineIntake);
    const [a, b] = [aTicket(), aTicket()];
    expect((await intake.reportFromHotlineTicket(a)).id).not.toBe((await intake.reportFromHotlineTicket(b)).id);
    expect((await intake.reportFromHotlineTicket(a)).id).toBe((await intake.reportFromHotlineTicket(a)).id);
  });

  it('can be handled like any dispute once reported', async () => {
    const { id, position } = await api.service.app.get(HotlineIntake).reportFromHotlineTicket(aTicket());
    expect((await api.post(`/disputes/${id}/accept`, { category: 'road_occupation', level: 1 })).status).toBe(200);
    expect((await api.get(`/disputes/${id}?minPosition=${position}`)).body).toMatchObject({ channel: 'hotline_12345', urgency: 'urgent' });
  });
});
