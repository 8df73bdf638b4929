import type { HotlineTicketSubmittedV1 } from '@linli/contracts';
import { callerSubjectOf, ticketFromEvent, UnusableTicket } from './hotline-ticket.js';

const ticket: HotlineTicketSubmittedV1 = {
  ticketId: 'T20251130-0042',
  communityId: 'rc-qianyue-1',
  category: 'square_dancing_noise',
  urgency: 'normal',
  submittedAt: '2025-11-30T07:45:00.000Z',
  description: 'Loudspeakers after 21:00 below building 5',
  caller: { name: '张三', phone: '13800000000', room: '5-302' },
};

describe('a hotline ticket as a dispute report', () => {
  it('is told by its caller, as the reporting party under a pseudonymous subject of the ticket', () =>
    expect(ticketFromEvent(ticket)).toEqual({
      ticketId: 'T20251130-0042', communityId: 'rc-qianyue-1', category: 'square_dancing_noise', urgency: 'normal',
      description: 'Loudspeakers after 21:00 below building 5', reportedAt: '2025-11-30T07:45:00.000Z',
      caller: { subjectId: callerSubjectOf('T20251130-0042'), name: '张三', phone: '13800000000', room: '5-302' },
    }));

  it('gives each ticket its own caller subject, which reveals nothing about the caller', () => {
    expect(callerSubjectOf('T-1')).toBe(callerSubjectOf('T-1'));
    expect(callerSubjectOf('T-1')).not.toBe(callerSubjectOf('T-2'));
    expect(callerSubjectOf('T20251130-0042')).toMatch(/^hotline-caller-[0-9a-f-]{36}$/);
  });

  it('leaves out the phone and room the platform did not record', () =>
    expect(ticketFromEvent({ ...ticket, caller: { name: '张三' } }).caller).toEqual({ subjectId: callerSubjectOf(ticket.ticketId), name: '张三' }));

  const { description: _description, ...withoutDescription } = ticket;
  const { caller: _caller, ...withoutCaller } = ticket;

  it.each([
    ['description', withoutDescription],
    ['caller', withoutCaller],
  ])('is unusable without a %s, and says so by field and ticket only', (field, incomplete) => {
    expect(() => ticketFromEvent(incomplete)).toThrow(UnusableTicket);
    expect(() => ticketFromEvent(incomplete)).toThrow(new RegExp(`^hotline ticket T20251130-0042: ${field} `));
  });
});
