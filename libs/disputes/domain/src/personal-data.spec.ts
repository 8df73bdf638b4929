import { personalDataPolicy } from './personal-data.js';
import * as f from './dispute/testing/fixtures.js';

// One event of every type, as the fixtures build them, to hold the policy against the real shapes.
const everyEvent = [
  f.reported({ channel: 'hotline_12345', hotlineTicketId: '12345-1' }), f.accepted(), f.rejected(), f.mediatorAssigned({ previousMediatorId: 'med-liu' }),
  f.sessionRecorded({ mediatorId: 'med-chen' }), f.escalated(), f.becameOverdue(), f.resolved(), f.rated(), f.closed(), f.reopened(),
  f.withdrawn({ reason: 'moved away' }),
];
const personalKeys = ['name', 'phone', 'room'];

describe('the personal data policy', () => {
  it('covers one event of every type in this check', () => expect(new Set(everyEvent.map((e) => e.type)).size).toBe(12));

  it('lists every event type that holds parties, and only those', () => {
    const withParties = everyEvent.filter((e) => 'parties' in e.data).map((e) => e.type);
    expect(Object.keys(personalDataPolicy).sort()).toEqual(withParties.sort());
  });

  it('keeps names, phones and rooms under parties only', () => {
    for (const event of everyEvent) {
      const { parties: _parties, ...rest } = event.data as Record<string, unknown>;
      expect(Object.keys(rest).filter((key) => personalKeys.includes(key))).toEqual([]);
    }
  });

  it('names fields that every party carries or may carry, keyed by its subject id', () => {
    const [rule] = personalDataPolicy['disputes.DisputeReported']!;
    const party = f.reported().data.parties[0]!;
    expect(rule!.subjectPath).toBe('parties[].subjectId');
    expect(rule!.fields.map((field) => field.replace('parties[].', '')).filter((key) => !(key in party))).toEqual([]);
  });
});
