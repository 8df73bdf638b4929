import { project, projected, twice } from '../test/projected.js';
import { receptionDaysProjection } from './reception-day.projection.js';

const scheduled = {
  type: 'organizations.ReceptionDayScheduled',
  data: { receptionDayId: 'rd-1', communityId: 'e-1', officialSubjectId: 'official-1', scheduledFor: '2025-05-20', venue: 'Party service centre' },
};
const held = { type: 'organizations.ReceptionDayHeld', data: { receptionDayId: 'rd-1', communityId: 'e-1', heldOn: '2025-05-20' } };
const matter = {
  type: 'organizations.ReceptionMatterRecorded',
  data: { receptionDayId: 'rd-1', communityId: 'e-1', matterId: 'mt-1', category: 'noise', summary: 'square dancing after 21:00', referToDisputes: true, raisedBySubjectId: null, raisedOn: '2025-05-20' },
};
const cancelled = { type: 'organizations.ReceptionDayCancelled', data: { receptionDayId: 'rd-2', communityId: 'e-1', reason: 'flood warning' } };

describe('the reception days read model', () => {
  it('shows a held day with the matters raised at it', () => {
    expect(project(receptionDaysProjection, projected(scheduled, held, matter))['rd-1']).toEqual({
      receptionDayId: 'rd-1',
      communityId: 'e-1',
      officialSubjectId: 'official-1',
      scheduledFor: '2025-05-20',
      venue: 'Party service centre',
      status: 'held',
      heldOn: '2025-05-20',
      cancellationReason: null,
      matters: [{ matterId: 'mt-1', category: 'noise', summary: 'square dancing after 21:00', referToDisputes: true, raisedBySubjectId: null, raisedOn: '2025-05-20' }],
      revision: 2,
    });
  });

  it('shows a cancelled day with its reason', () => {
    const otherDay = { ...scheduled, data: { ...scheduled.data, receptionDayId: 'rd-2' } };
    expect(project(receptionDaysProjection, projected(otherDay, cancelled))['rd-2']).toMatchObject({ status: 'cancelled', cancellationReason: 'flood warning', revision: 1 });
  });

  it('gives the same document when every event is delivered twice', () => {
    const events = projected(scheduled, held, matter);
    expect(project(receptionDaysProjection, twice(events))).toEqual(project(receptionDaysProjection, events));
  });
});
