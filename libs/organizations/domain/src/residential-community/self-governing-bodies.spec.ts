import { deciderSpec } from '@linli/domain-kernel/testing';
import {
  committeeDissolved,
  committeeElected,
  committeeReElected,
  communityRegistered,
  dissolveCommittee,
  electCommittee,
  fiveMembers,
  formBoard,
  formPropertyCommittee,
  reElectCommittee,
} from '../test/residential-communities.js';
import { ownersCommitteeInOffice, residentialCommunityDecider } from './residential-community.js';

const { given } = deciderSpec(residentialCommunityDecider);

describe("electing the owners' committee", () => {
  it('records the first term', () => given(communityRegistered()).when(electCommittee()).then(committeeElected()));

  it('requires the estate registered', () => given().when(electCommittee()).thenRejects('ResidentialCommunityNotRegistered'));

  it('refuses a second committee while one sits', () => given(communityRegistered(), committeeElected()).when(electCommittee()).thenRejects('OwnersCommitteeAlreadySitting'));

  it('refuses an even number of members', () =>
    given(communityRegistered()).when(electCommittee({ members: [...fiveMembers, { subjectId: 's-6', role: 'member' }] })).thenRejects('CommitteeSizeInvalid'));

  it('refuses fewer than five members', () => given(communityRegistered()).when(electCommittee({ members: fiveMembers.slice(0, 3) })).thenRejects('CommitteeSizeInvalid'));

  it('needs exactly one director', () =>
    given(communityRegistered()).when(electCommittee({ members: fiveMembers.map((m) => ({ ...m, role: 'member' as const })) })).thenRejects('OneHeadRequired'));

  it('refuses a subject listed twice', () =>
    given(communityRegistered()).when(electCommittee({ members: [...fiveMembers.slice(0, 4), { subjectId: 's-1', role: 'member' }] })).thenRejects('DuplicateMember'));

  it('refuses an unknown role', () =>
    given(communityRegistered()).when(electCommittee({ members: [...fiveMembers.slice(0, 4), { subjectId: 's-9', role: 'treasurer' as never }] })).thenRejects('UnknownCode'));

  it('refuses a term that starts before the election', () => given(communityRegistered()).when(electCommittee({ termStart: '2024-08-01' })).thenRejects('TermBeforeElection'));

  it('refuses a term that ends before it starts', () => given(communityRegistered()).when(electCommittee({ termEnd: '2024-08-15' })).thenRejects('TermEndsBeforeStart'));

  it('refuses a term longer than five years', () => given(communityRegistered()).when(electCommittee({ termEnd: '2029-08-15' })).thenRejects('TermTooLong'));

  it('refuses an election recorded before it happened', () => given(communityRegistered()).when(electCommittee({ electedOn: '2025-06-02', termStart: '2025-06-02' })).thenRejects('DateInFuture'));

  it('counts terms on after a dissolution', () =>
    given(communityRegistered(), committeeElected(), committeeDissolved())
      .when(electCommittee({ electedOn: '2025-04-01', termStart: '2025-04-01', termEnd: '2028-03-31' }))
      .then(committeeElected({ term: 2, electedOn: '2025-04-01', termStart: '2025-04-01', termEnd: '2028-03-31' })));

  it('refuses a new election dated before the dissolution', () =>
    given(communityRegistered(), committeeElected(), committeeDissolved()).when(electCommittee({ electedOn: '2025-02-01', termStart: '2025-02-01' })).thenRejects('DateBeforeStart'));
});

describe("a sitting owners' committee", () => {
  it('is re-elected for the next term', () => given(communityRegistered(), committeeElected()).when(reElectCommittee()).then(committeeReElected()));

  it('is not re-elected with a term starting no later than the current one', () =>
    given(communityRegistered(), committeeElected()).when(reElectCommittee({ electedOn: '2024-08-15', termStart: '2024-08-15', termEnd: '2027-08-14' })).thenRejects('DateBeforeStart'));

  it('is dissolved with a reason', () => given(communityRegistered(), committeeElected()).when(dissolveCommittee()).then(committeeDissolved()));

  it('is not dissolved before it was elected', () => given(communityRegistered(), committeeElected()).when(dissolveCommittee({ dissolvedOn: '2024-08-01' })).thenRejects('DateBeforeStart'));

  it('is in office within its term only', () => {
    const state = [communityRegistered(), committeeElected()].reduce(residentialCommunityDecider.evolve, residentialCommunityDecider.initialState());
    expect([ownersCommitteeInOffice(state, '2024-08-14'), ownersCommitteeInOffice(state, '2024-08-15'), ownersCommitteeInOffice(state, '2029-08-15')]).toEqual([false, true, false]);
  });
});

describe("without a sitting owners' committee", () => {
  it('there is nothing to re-elect', () => given(communityRegistered()).when(reElectCommittee()).thenRejects('NoOwnersCommitteeSitting'));

  it('there is nothing to dissolve', () => given(communityRegistered(), committeeElected(), committeeDissolved()).when(dissolveCommittee()).thenRejects('NoOwnersCommitteeSitting'));
});

describe('the supervisory board and the property committee', () => {
  it('forms the supervisory board under one chair', () =>
    given(communityRegistered())
      .when(formBoard())
      .then({ type: 'organizations.SupervisoryBoardFormed', data: { communityId: 'yingbin-garden', members: formBoard().data.members, formedOn: '2024-09-01' } }));

  it('forms the supervisory board once', () => {
    const formed = residentialCommunityDecider.decide(formBoard(), residentialCommunityDecider.evolve(residentialCommunityDecider.initialState(), communityRegistered()));
    given(communityRegistered(), ...formed).when(formBoard()).thenRejects('SupervisoryBoardAlreadyFormed');
  });

  it('refuses a board without a chair', () => given(communityRegistered()).when(formBoard({ members: [{ subjectId: 's-7', role: 'member' }] })).thenRejects('OneHeadRequired'));

  it('forms the property committee under one director', () =>
    given(communityRegistered())
      .when(formPropertyCommittee())
      .then({ type: 'organizations.PropertyCommitteeFormed', data: { communityId: 'yingbin-garden', members: formPropertyCommittee().data.members, formedOn: '2024-05-01' } }));

  it('forms the property committee once', () => {
    const formed = residentialCommunityDecider.decide(formPropertyCommittee(), residentialCommunityDecider.evolve(residentialCommunityDecider.initialState(), communityRegistered()));
    given(communityRegistered(), ...formed).when(formPropertyCommittee()).thenRejects('PropertyCommitteeAlreadyFormed');
  });

  it('requires the estate registered', () => {
    given().when(formBoard()).thenRejects('ResidentialCommunityNotRegistered');
    given().when(formPropertyCommittee()).thenRejects('ResidentialCommunityNotRegistered');
  });

  it('refuses a body with no members', () => given(communityRegistered()).when(formPropertyCommittee({ members: [] })).thenRejects('NoMembers'));
});
