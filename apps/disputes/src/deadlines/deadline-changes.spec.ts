import type { DisputeEvent } from '@linli/disputes-domain';
import { deadlineChanges } from './deadline-changes.js';

const id = '0199a0c0-0000-7000-8000-000000000001';
const other = '0199a0c0-0000-7000-8000-000000000002';
const D1 = '2025-09-25T23:59:59.999+08:00';
const D2 = '2025-10-10T23:59:59.999+08:00';
const utc = (instant: string) => new Date(instant).toISOString();
const event = (type: DisputeEvent['type'], data: object) => ({ type, data: { disputeId: id, communityId: 'c', ...data } }) as DisputeEvent;
const accepted = (dueAt = D1, disputeId = id) => event('disputes.DisputeAccepted', { level: 1, dueAt, disputeId });
const overdue = (dueAt = D1) => event('disputes.DisputeBecameOverdue', { level: 1, dueAt });
const escalated = (dueAt = D2) => event('disputes.DisputeEscalated', { fromLevel: 1, toLevel: 2, dueAt });

describe('what a batch of events does to the deadline rows', () => {
  it('given an acceptance, then one pending deadline at its level, replacing any earlier one', () =>
    expect(deadlineChanges([accepted()])).toEqual({ supersede: [id], rows: [{ disputeId: id, dueAt: utc(D1), level: 1, status: 'pending' }] }));

  it('given an overdue check of a deadline from an earlier batch, then only that row settled', () =>
    expect(deadlineChanges([overdue()])).toEqual({ supersede: [], rows: [{ disputeId: id, dueAt: utc(D1), level: null, status: 'done' }] }));

  it('given an overdue check and the automatic escalation, then the old deadline done and the new one pending', () =>
    expect(deadlineChanges([accepted(), overdue(), escalated()]).rows).toEqual([
      { disputeId: id, dueAt: utc(D1), level: 1, status: 'done' },
      { disputeId: id, dueAt: utc(D2), level: 2, status: 'pending' },
    ]));

  it('given an escalation by hand, then the deadline it replaced cancelled', () =>
    expect(deadlineChanges([accepted(), escalated()]).rows).toEqual([
      { disputeId: id, dueAt: utc(D1), level: 1, status: 'cancelled' },
      { disputeId: id, dueAt: utc(D2), level: 2, status: 'pending' },
    ]));

  it('given a resolution or a withdrawal, then no pending deadline left', () => {
    expect(deadlineChanges([accepted(), event('disputes.DisputeResolved', {})])).toEqual({ supersede: [id], rows: [{ disputeId: id, dueAt: utc(D1), level: 1, status: 'cancelled' }] });
    expect(deadlineChanges([event('disputes.DisputeWithdrawn', {})])).toEqual({ supersede: [id], rows: [] });
  });

  it('keeps disputes apart', () =>
    expect(deadlineChanges([accepted(D1, id), accepted(D2, other)]).rows.map((r) => [r.disputeId, r.status])).toEqual([[id, 'pending'], [other, 'pending']]));
});
