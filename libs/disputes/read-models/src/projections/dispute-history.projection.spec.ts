import { accepted, becameOverdue, disputeId, escalated, reported, resolved, sessionRecorded } from '../testing/dispute-events.js';
import { project, projected, twice } from '../testing/projected.js';
import { disputeHistoriesProjection as histories } from './dispute-history.projection.js';

describe('the dispute history read model', () => {
  it('given a dispute handled up the ladder, then one entry per event in order, with business times in UTC', () => {
    const doc = project(histories, projected(reported(), accepted(), sessionRecorded(), becameOverdue(), escalated(), resolved()))[disputeId];
    expect(doc?.entries.map((e) => [e.type, e.at, e.position])).toEqual([
      ['DisputeReported', '2025-09-22T01:00:00.000Z', '1'],
      ['DisputeAccepted', '2025-09-22T02:00:00.000Z', '2'],
      ['MediationSessionRecorded', '2025-09-23T10:00:00.000Z', '3'],
      ['DisputeBecameOverdue', '2025-09-25T16:00:00.000Z', '4'],
      ['DisputeEscalated', '2025-09-25T16:00:00.000Z', '5'],
      ['DisputeResolved', '2025-09-29T08:00:00.000Z', '6'],
    ]);
    expect(doc?.entries[4]?.details).toEqual({
      fromLevel: 1, toLevel: 2, reason: 'overdue', automatic: true, department: null, dueAt: '2025-10-10T15:59:59.999Z', workingDaysAllowed: 5,
    });
  });

  it('given a report, then the parties are counted, never named', () => {
    const doc = project(histories, projected(reported()))[disputeId];
    expect(doc?.entries[0]?.details).toEqual({
      category: 'square_dancing_noise', urgency: 'normal', channel: 'resident', hotlineTicketId: null, partyCount: 2,
      description: 'loudspeakers after 21:00 below building 5',
    });
    expect(JSON.stringify(doc)).not.toMatch(/Li Wei|13800000001|5-302|Zhang Min/);
  });

  it('given a session, then its attendees are counted', () =>
    expect(project(histories, projected(reported(), accepted(), sessionRecorded()))[disputeId]?.entries[2]?.details).toEqual({
      level: 1, sessionDate: '2025-09-23', attendeeCount: 3, outcomeNotes: 'stop at 20:30',
    }));

  it('delivering every event twice gives the same document', () => {
    const story = projected(reported(), accepted(), sessionRecorded(), becameOverdue(), escalated(), resolved());
    expect(project(histories, twice(story))).toEqual(project(histories, story));
  });
});
