import { deciderSpec } from '@linli/domain-kernel/testing';
import { cancel, held, hold, matterRecorded, recordMatter, schedule, scheduled } from '../test/reception-days.js';
import { receptionDayDecider } from './reception-day.js';
import { receptionDayStreamName } from './reception-day.events.js';

const { given } = deciderSpec(receptionDayDecider);
const cancelled = { type: 'organizations.ReceptionDayCancelled', data: { receptionDayId: 'rd-1', communityId: 'yingbin-garden', reason: 'flood warning' } } as const;

describe('scheduling a reception day', () => {
  it('schedules a day in a registered residential community', () => given().when(schedule()).then(scheduled()));

  it('refuses an estate that is not registered', () =>
    expect(() => receptionDayDecider.decide(schedule({ facts: { community: null } }), receptionDayDecider.initialState())).toThrow(expect.objectContaining({ entity: 'ResidentialCommunity' })));

  it('refuses to schedule the same day twice', () => given(scheduled()).when(schedule()).thenRejects('ReceptionDayAlreadyScheduled'));

  it('refuses an impossible date', () => given().when(schedule({ scheduledFor: '2025-13-01' })).thenRejects('InvalidDate'));
});

describe('a scheduled reception day', () => {
  it('is held on its date', () => given(scheduled()).when(hold()).then(held()));

  it('is held after its date', () => given(scheduled()).when(hold('2025-05-27')).then(held('2025-05-27')));

  it('is not held before its date', () => given(scheduled()).when(hold('2025-05-19')).thenRejects('ReceptionDayNotYetDue'));

  it('is not recorded as held tomorrow', () => given(scheduled({ scheduledFor: '2025-06-02' })).when(hold('2025-06-02')).thenRejects('DateInFuture'));

  it('takes no matters before it is held', () => given(scheduled()).when(recordMatter()).thenRejects('ReceptionDayNotHeld'));

  it('is cancelled with a reason', () => given(scheduled()).when(cancel()).then(cancelled));

  it('needs a reason to be cancelled', () => given(scheduled()).when(cancel(' ')).thenRejects('BlankText'));
});

describe('a held reception day', () => {
  it('records a matter referred to disputes', () => given(scheduled(), held()).when(recordMatter()).then(matterRecorded()));

  it('records a matter handled on the spot, with who raised it', () =>
    given(scheduled(), held())
      .when(recordMatter({ matterId: 'matter-2', category: 'parking', summary: 'visitor parking signs', referToDisputes: false, raisedBySubjectId: 'resident-9' }))
      .then(matterRecorded({ matterId: 'matter-2', category: 'parking', summary: 'visitor parking signs', referToDisputes: false, raisedBySubjectId: 'resident-9' })));

  it('changes nothing when the same matter is recorded again', () => given(scheduled(), held(), matterRecorded()).when(recordMatter()).thenNothingHappens());

  it('refuses another matter under a recorded id', () =>
    given(scheduled(), held(), matterRecorded()).when(recordMatter({ summary: 'something else' })).thenRejects('MatterAlreadyRecorded'));

  it('refuses an unknown category', () => given(scheduled(), held()).when(recordMatter({ category: 'gossip' as never })).thenRejects('UnknownCode'));

  it('is not held twice', () => given(scheduled(), held()).when(hold('2025-05-21')).thenRejects('ReceptionDayAlreadyHeld'));

  it('is not cancelled', () => given(scheduled(), held()).when(cancel()).thenRejects('ReceptionDayAlreadyHeld'));
});

describe('a cancelled reception day', () => {
  it('is not held', () => given(scheduled(), cancelled).when(hold()).thenRejects('ReceptionDayCancelled'));

  it('takes no matters', () => given(scheduled(), cancelled).when(recordMatter()).thenRejects('ReceptionDayNotHeld'));

  it('changes nothing when cancelled again', () => given(scheduled(), cancelled).when(cancel()).thenNothingHappens());
});

describe('a reception day never scheduled', () => {
  it('is not found', () => expect(() => receptionDayDecider.decide(hold(), receptionDayDecider.initialState())).toThrow(expect.objectContaining({ name: 'NotFound' })));

  it('has a stream of its own once scheduled', () => expect(receptionDayStreamName('rd-1')).toBe('organizations.receptionDay-rd-1'));
});
