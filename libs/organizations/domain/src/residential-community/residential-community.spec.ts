import { deciderSpec } from '@linli/domain-kernel/testing';
import { communityCommittee, workingCommittee } from '../test/org-units.js';
import { communityRegistered, designatePilot, pilotDesignated, registerCommunity, withdrawPilot } from '../test/residential-communities.js';
import { describeResidentialCommunity, residentialCommunityDecider } from './residential-community.js';
import { residentialCommunityStreamName } from './residential-community.events.js';

const { given } = deciderSpec(residentialCommunityDecider);

describe('registering a residential community', () => {
  it('registers an estate under a community party committee', () => given().when(registerCommunity()).then(communityRegistered()));

  it('registers an estate under a community organisation not yet upgraded', () =>
    given().when(registerCommunity({ facts: { communityUnit: { ...communityCommittee, type: 'community_party_branch' } } })).then(communityRegistered()));

  it('trims the name and address', () => given().when(registerCommunity({ name: '  Yingbin Garden ' })).then(communityRegistered()));

  it('refuses a unit that is not a community organisation', () =>
    given().when(registerCommunity({ communityUnitId: 'working-committee', facts: { communityUnit: workingCommittee } })).thenRejects('ParentTypeNotAllowed'));

  it('refuses a dissolved community organisation', () =>
    given().when(registerCommunity({ facts: { communityUnit: { ...communityCommittee, status: 'dissolved' } } })).thenRejects('ParentNotActive'));

  it('refuses a unit the application could not find', () =>
    expect(() => residentialCommunityDecider.decide(registerCommunity({ facts: { communityUnit: null } }), { status: 'none' })).toThrow(expect.objectContaining({ name: 'NotFound' })));

  it('refuses an estate without households', () => given().when(registerCommunity({ households: 0 })).thenRejects('InvalidNumber'));

  it('refuses a fractional building count', () => given().when(registerCommunity({ buildingCount: 2.5 })).thenRejects('InvalidNumber'));

  it('refuses to register the same estate twice', () => given(communityRegistered()).when(registerCommunity()).thenRejects('ResidentialCommunityAlreadyRegistered'));
});

describe('the pilot of the programme', () => {
  it('designates a registered estate', () => given(communityRegistered()).when(designatePilot()).then(pilotDesignated()));

  it('does not designate an estate not registered', () => given().when(designatePilot()).thenRejects('ResidentialCommunityNotRegistered'));

  it('does not designate a pilot twice', () => given(communityRegistered(), pilotDesignated()).when(designatePilot()).thenRejects('AlreadyPilot'));

  it('withdraws a pilot with a reason', () =>
    given(communityRegistered(), pilotDesignated())
      .when(withdrawPilot())
      .then({ type: 'organizations.PilotWithdrawn', data: { communityId: 'yingbin-garden', withdrawnOn: '2025-05-01', reason: 'programme ended' } }));

  it('does not withdraw what is not a pilot', () => given(communityRegistered()).when(withdrawPilot()).thenRejects('NotPilot'));

  it('does not withdraw before the designation', () => given(communityRegistered(), pilotDesignated()).when(withdrawPilot({ withdrawnOn: '2024-06-30' })).thenRejects('DateBeforeStart'));

  it('needs a reason to withdraw', () => given(communityRegistered(), pilotDesignated()).when(withdrawPilot({ reason: ' ' })).thenRejects('BlankText'));

  it('does not designate with effect from tomorrow', () => given(communityRegistered()).when(designatePilot('2025-06-02')).thenRejects('DateInFuture'));
});

describe('facts about an estate for other commands', () => {
  it('describes a registered estate', () =>
    expect(describeResidentialCommunity(residentialCommunityDecider.evolve({ status: 'none' }, communityRegistered()))).toEqual({ communityId: 'yingbin-garden', communityUnitId: 'community-1', status: 'registered' }));

  it('names the stream of an estate', () => expect(residentialCommunityStreamName('e-1')).toBe('organizations.residentialCommunity-e-1'));
});
