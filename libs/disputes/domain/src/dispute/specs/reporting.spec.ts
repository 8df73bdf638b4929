import { NotFound } from '@linli/domain-kernel';
import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import * as f from '../testing/fixtures.js';
import { neighbour, reported, reporter, respondent, report } from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);

describe('a dispute not yet reported', () => {
  it('is reported by a resident with its parties, category, urgency and channel', () =>
    given().when(report()).then(reported()));

  it('is reported from the 12345 hotline with its ticket id', () =>
    given()
      .when(report({ channel: 'hotline_12345', hotlineTicketId: '12345-2025-0926-0042', urgency: 'urgent' }))
      .then(reported({ channel: 'hotline_12345', hotlineTicketId: '12345-2025-0926-0042', urgency: 'urgent' })));

  it('is reported at a reception day or by a grid worker', () => {
    given().when(report({ channel: 'reception_day' })).then(reported({ channel: 'reception_day' }));
    given().when(report({ channel: 'grid_worker' })).then(reported({ channel: 'grid_worker' }));
  });

  it('records trimmed text and only the known fields of each party', () =>
    given()
      .when(report({ description: '  water leaks into 4-1-201  ', parties: [{ ...reporter, idCardNumber: '3623…' } as typeof reporter] }))
      .then(reported({ description: 'water leaks into 4-1-201', parties: [reporter] })));

  it('is refused when the community is not registered', () =>
    given().when(report({ communityRegistered: false })).thenRejects('CommunityNotRegistered'));

  it('is refused without a description', () => given().when(report({ description: '   ' })).thenRejects('DescriptionRequired'));

  it('is refused from the hotline without a ticket id', () =>
    given().when(report({ channel: 'hotline_12345' })).thenRejects('HotlineTicketRequired'));

  it('is refused with a ticket id from any other channel', () =>
    given().when(report({ channel: 'reception_day', hotlineTicketId: '12345-2025-0926-0042' })).thenRejects('HotlineTicketOnlyForHotline'));

  it('is refused without a reporting party, or with two', () => {
    given().when(report({ parties: [respondent, neighbour] })).thenRejects('ExactlyOneReporterRequired');
    given().when(report({ parties: [reporter, { ...neighbour, role: 'reporter' }] })).thenRejects('ExactlyOneReporterRequired');
    given().when(report({ parties: [] })).thenRejects('ExactlyOneReporterRequired');
  });

  it('is refused when a party appears twice', () =>
    given().when(report({ parties: [reporter, { ...respondent, subjectId: reporter.subjectId }] })).thenRejects('DuplicateParty'));

  it('is refused when a party has no subject id or no name', () => {
    given().when(report({ parties: [{ ...reporter, subjectId: ' ' }] })).thenRejects('PartySubjectIdRequired');
    given().when(report({ parties: [reporter, { ...respondent, name: '' }] })).thenRejects('PartyNameRequired');
  });

  it.each([
    f.accept(), f.reject(), f.assignMediator(), f.recordSession(), f.escalate(), f.markOverdue(),
    f.resolve(), f.rate(), f.close(), f.reopen(), f.withdraw(),
  ])('cannot be handled by $type: it is not found', (command) =>
    expect(() => disputeDecider.decide(command, disputeDecider.initialState())).toThrow(NotFound));
});

describe('a reported dispute', () => {
  it('cannot be reported again', () => given(reported()).when(report()).thenRejects('DisputeAlreadyExists'));
});
