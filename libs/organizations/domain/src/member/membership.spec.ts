import { deciderSpec } from '@linli/domain-kernel/testing';
import { branchFacts, leave, postTaken, reportBack, reportedBack, transfer } from '../test/members.js';
import { memberDecider } from './member.js';
import { memberStreamName } from './member.events.js';

const { given } = deciderSpec(memberDecider);
const left = { type: 'organizations.MemberLeft', data: { memberId: 'm-1', branchUnitId: 'branch-1', leftOn: '2025-04-01', reason: 'moved out of the county' } } as const;

describe('reporting back to a branch', () => {
  it('reports back to the branch serving the estate where the member lives', () => given().when(reportBack()).then(reportedBack()));

  it('keeps personal data in the person block, trimmed', () =>
    given().when(reportBack({ person: { subjectId: 's-1', name: ' Zhang Wei ', phone: null } })).then(reportedBack({ person: { subjectId: 's-1', name: 'Zhang Wei', phone: null } })));

  it('refuses a branch that does not serve the estate', () => given().when(reportBack({ communityId: 'central-capital' })).thenRejects('BranchDoesNotServeCommunity'));

  it('refuses a unit that is not a residential-community branch', () =>
    given().when(reportBack({ facts: { branch: { ...branchFacts, type: 'community_party_committee' } } })).thenRejects('NotAResidentialBranch'));

  it('refuses a dissolved branch', () => given().when(reportBack({ facts: { branch: { ...branchFacts, status: 'dissolved' } } })).thenRejects('BranchNotActive'));

  it('refuses a branch the application could not find', () =>
    expect(() => memberDecider.decide(reportBack({ facts: { branch: null } }), memberDecider.initialState())).toThrow(expect.objectContaining({ name: 'NotFound' })));

  it('refuses a date before the branch existed', () => given().when(reportBack({ reportedOn: '2024-06-30' })).thenRejects('DateBeforeStart'));

  it('refuses an unknown rank', () => given().when(reportBack({ rank: 'minister' as never })).thenRejects('UnknownCode'));

  it('refuses something that is not a phone number', () =>
    given().when(reportBack({ person: { subjectId: 's-1', name: 'Zhang Wei', phone: 'call me' } })).thenRejects('InvalidPhone'));

  it('refuses a member already active', () => given(reportedBack()).when(reportBack()).thenRejects('MemberAlreadyReported'));

  it('takes back a member who left', () =>
    given(reportedBack(), left).when(reportBack({ reportedOn: '2025-05-01' })).then(reportedBack({ reportedOn: '2025-05-01' })));

  it('refuses to take back a member under another person', () =>
    given(reportedBack(), left).when(reportBack({ reportedOn: '2025-05-01', person: { subjectId: 's-2', name: 'Li Na', phone: null } })).thenRejects('SubjectMismatch'));
});

describe('an active member', () => {
  const transferred = { type: 'organizations.MemberTransferred', data: { memberId: 'm-1', fromBranchUnitId: 'branch-1', toBranchUnitId: 'branch-2', fromCommunityId: 'yingbin-garden', toCommunityId: 'qianyue-1', transferredOn: '2025-03-01' } } as const;

  it('transfers to the branch of another estate', () => given(reportedBack()).when(transfer()).then(transferred));

  it('gives up a service post when transferring', () =>
    given(reportedBack(), postTaken())
      .when(transfer())
      .then({ type: 'organizations.ServicePostRelinquished', data: { memberId: 'm-1', branchUnitId: 'branch-1', post: 'building leader', relinquishedOn: '2025-03-01' } }, transferred));

  it('does not transfer to where they already are', () =>
    given(reportedBack()).when(transfer({ toBranchUnitId: 'branch-1', toCommunityId: 'yingbin-garden', facts: { branch: branchFacts } })).thenRejects('AlreadyInBranch'));

  it('transfers between two estates of a joint branch', () =>
    given(reportedBack({ branchUnitId: 'branch-2', communityId: 'qianyue-1' }))
      .when(transfer({ toCommunityId: 'teacher-village' }))
      .then({ type: 'organizations.MemberTransferred', data: { ...transferred.data, fromBranchUnitId: 'branch-2', fromCommunityId: 'qianyue-1', toCommunityId: 'teacher-village' } }));

  it('does not transfer with effect before the report-back', () => given(reportedBack()).when(transfer({ transferredOn: '2024-08-31' })).thenRejects('DateBeforeStart'));

  it('leaves with a reason', () => given(reportedBack()).when(leave()).then(left));

  it('needs a reason to leave', () => given(reportedBack()).when(leave({ reason: '' })).thenRejects('BlankText'));
});

describe('a member who left', () => {
  it('can neither transfer nor leave again', () => {
    given(reportedBack(), left).when(transfer({ transferredOn: '2025-05-01' })).thenRejects('MemberNotActive');
    given(reportedBack(), left).when(leave()).thenRejects('MemberNotActive');
  });
});

describe('personal data', () => {
  it('is read by no decision: erasing it leaves the replayed member unchanged', () => {
    const erased = reportedBack({ person: { subjectId: 's-1', name: '', phone: null } });
    const replay = (first: typeof erased) => [first, left].reduce(memberDecider.evolve, memberDecider.initialState());
    expect(replay(erased)).toEqual(replay(reportedBack()));
  });
});

describe('a member never reported', () => {
  it('is not found', () => expect(() => memberDecider.decide(leave(), memberDecider.initialState())).toThrow(expect.objectContaining({ name: 'NotFound' })));

  it('has a stream of its own', () => expect(memberStreamName('m-1')).toBe('organizations.member-m-1'));
});
