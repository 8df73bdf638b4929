import { deciderSpec } from '@linli/domain-kernel/testing';
import { communityCommittee, dissolveUnit, establishUnit, renameUnit, unitDissolved, unitEstablished, unitRenamed, unitUpgraded, upgradeUnit, workingCommittee } from '../test/org-units.js';
import { describeUnit, orgUnitDecider } from './org-unit.js';
import { orgUnitStreamName } from './org-unit.events.js';

const { given } = deciderSpec(orgUnitDecider);
const estates = { 'estate-1': { communityUnitId: 'community-1', servedByBranchId: null }, 'estate-2': { communityUnitId: 'community-1', servedByBranchId: null } };
const branch = (data: Parameters<typeof establishUnit>[0] = {}) =>
  establishUnit({ unitId: 'branch-1', type: 'residential_community_party_branch', name: 'Yingbin Garden Branch', parentUnitId: 'community-1', formation: 'standalone', servedCommunityIds: ['estate-1'], facts: { parent: communityCommittee, servedCommunities: estates }, ...data });

describe('establishing a unit', () => {
  it('establishes a community party committee under the working committee', () =>
    given().when(establishUnit()).then(unitEstablished()));

  it('establishes the city committee at the top, with no parent', () =>
    given()
      .when(establishUnit({ type: 'city_party_committee', name: 'Shangrao City Committee', parentUnitId: null, facts: { parent: null } }))
      .then(unitEstablished({ type: 'city_party_committee', name: 'Shangrao City Committee', parentUnitId: null })));

  it('refuses a parent for the top of the tree', () =>
    given().when(establishUnit({ type: 'city_party_committee' })).thenRejects('TopLevelUnitHasNoParent'));

  it('refuses a unit below the top without a parent', () =>
    given().when(establishUnit({ parentUnitId: null, facts: { parent: null } })).thenRejects('ParentRequired'));

  it('refuses a parent the application could not find', () =>
    expect(() => orgUnitDecider.decide(establishUnit({ facts: { parent: null } }), orgUnitDecider.initialState())).toThrow(expect.objectContaining({ name: 'NotFound', entity: 'OrgUnit' })));

  it('refuses a parent of a type not allowed on the ladder', () =>
    given().when(establishUnit({ type: 'building_party_group', facts: { parent: workingCommittee } })).thenRejects('ParentTypeNotAllowed'));

  it('refuses a dissolved parent', () =>
    given().when(establishUnit({ facts: { parent: { ...workingCommittee, status: 'dissolved' } } })).thenRejects('ParentNotActive'));

  it('refuses to take effect before the parent existed', () =>
    given().when(establishUnit({ effectiveFrom: '2020-04-30' })).thenRejects('EffectiveBeforeParentEstablished'));

  it('refuses an effective date after today', () =>
    given().when(establishUnit({ effectiveFrom: '2025-06-02' })).thenRejects('DateInFuture'));

  it("takes today in Beijing time, whatever the instant's offset", () =>
    given().when(establishUnit({ effectiveFrom: '2025-06-02' }, '2025-06-01T16:30:00Z')).then(unitEstablished({ effectiveFrom: '2025-06-02' })));

  it('refuses a date that is not on the calendar', () =>
    given().when(establishUnit({ effectiveFrom: '2021-02-29' })).thenRejects('InvalidDate'));

  it('refuses an unknown type code', () =>
    given().when(establishUnit({ type: 'street_committee' as never })).thenRejects('UnknownCode'));

  it('refuses a blank name', () => given().when(establishUnit({ name: '  ' })).thenRejects('BlankText'));

  it('refuses to establish the same unit twice', () => given(unitEstablished()).when(establishUnit()).thenRejects('UnitAlreadyEstablished'));
});

describe('establishing a residential-community branch (独建 / 联建)', () => {
  it('sets up a standalone branch for one estate', () =>
    given()
      .when(branch())
      .then(unitEstablished({ unitId: 'branch-1', type: 'residential_community_party_branch', name: 'Yingbin Garden Branch', parentUnitId: 'community-1', formation: 'standalone', servedCommunityIds: ['estate-1'] })));

  it('sets up a joint branch for several small estates', () =>
    given()
      .when(branch({ formation: 'joint', servedCommunityIds: ['estate-1', 'estate-2'] }))
      .then(unitEstablished({ unitId: 'branch-1', type: 'residential_community_party_branch', name: 'Yingbin Garden Branch', parentUnitId: 'community-1', formation: 'joint', servedCommunityIds: ['estate-1', 'estate-2'] })));

  it('refuses a joint branch for a single estate', () => given().when(branch({ formation: 'joint' })).thenRejects('FormationMismatch'));

  it('refuses a standalone branch for two estates', () =>
    given().when(branch({ servedCommunityIds: ['estate-1', 'estate-2'] })).thenRejects('FormationMismatch'));

  it('refuses a branch without a formation', () => given().when(branch({ formation: null })).thenRejects('UnknownCode'));

  it('refuses an estate listed twice', () =>
    given().when(branch({ formation: 'joint', servedCommunityIds: ['estate-1', 'estate-1'] })).thenRejects('DuplicateServedCommunity'));

  it('refuses an estate that is not registered', () =>
    expect(() => orgUnitDecider.decide(branch({ servedCommunityIds: ['estate-9'] }), orgUnitDecider.initialState())).toThrow(expect.objectContaining({ entity: 'ResidentialCommunity', id: 'estate-9' })));

  it('refuses an estate registered under another community', () =>
    given()
      .when(branch({ facts: { parent: communityCommittee, servedCommunities: { 'estate-1': { communityUnitId: 'community-2', servedByBranchId: null } } } }))
      .thenRejects('CommunityNotUnderParent'));

  it('refuses an estate another branch already serves', () =>
    given()
      .when(branch({ facts: { parent: communityCommittee, servedCommunities: { 'estate-1': { communityUnitId: 'community-1', servedByBranchId: 'branch-0' } } } }))
      .thenRejects('CommunityAlreadyServed'));

  it('refuses a branch under a community organisation that is itself only a branch', () =>
    given().when(branch({ facts: { parent: { ...communityCommittee, type: 'community_party_branch' }, servedCommunities: estates } })).thenRejects('ParentTypeNotAllowed'));

  it('refuses served estates on any other kind of unit', () =>
    given().when(establishUnit({ servedCommunityIds: ['estate-1'] })).thenRejects('OnlyBranchesServeCommunities'));

  it('puts a building group only under a residential-community branch', () =>
    given()
      .when(establishUnit({ unitId: 'group-1', type: 'building_party_group', name: 'Building 3 Group', parentUnitId: 'branch-1', facts: { parent: { ...communityCommittee, unitId: 'branch-1', type: 'residential_community_party_branch' } } }))
      .then(unitEstablished({ unitId: 'group-1', type: 'building_party_group', name: 'Building 3 Group', parentUnitId: 'branch-1' })));
});

describe('an established unit', () => {
  const branchEstablished = unitEstablished({ type: 'community_party_branch' });

  it('is upgraded from a community branch to a committee', () =>
    given(branchEstablished).when(upgradeUnit()).then(unitUpgraded()));

  it('is upgraded through a general branch', () =>
    given(branchEstablished)
      .when(upgradeUnit({ toType: 'community_party_general_branch' }))
      .then(unitUpgraded({ toType: 'community_party_general_branch' })));

  it('cannot be upgraded along a path the ladder does not allow', () =>
    given(unitEstablished()).when(upgradeUnit({ toType: 'urban_community_party_working_committee' })).thenRejects('UpgradeNotAllowed'));

  it('is renamed, remembering the previous name', () => given(unitEstablished()).when(renameUnit()).then(unitRenamed()));

  it('changes nothing when renamed to the name it has', () =>
    given(unitEstablished()).when(renameUnit({ name: 'Xinhua Community Party Committee' })).thenNothingHappens());

  it('refuses a change that takes effect before its latest change', () =>
    given(unitEstablished(), unitRenamed()).when(upgradeUnit({ effectiveFrom: '2020-12-31' })).thenRejects('EffectiveBeforeLastChange'));

  it('accepts several changes effective the same day', () =>
    given(branchEstablished).when(renameUnit({ effectiveFrom: '2020-06-01' })).then(unitRenamed({ effectiveFrom: '2020-06-01' })));

  it('is dissolved once no active unit sits under it', () => given(unitEstablished()).when(dissolveUnit()).then(unitDissolved()));

  it('is not dissolved while units under it are active', () =>
    given(unitEstablished()).when(dissolveUnit({ facts: { activeChildCount: 2 } })).thenRejects('UnitHasActiveChildren'));

  it('needs a reason to be dissolved', () => given(unitEstablished()).when(dissolveUnit({ reason: '' })).thenRejects('BlankText'));
});

describe('a dissolved unit', () => {
  it('can be neither renamed, upgraded nor dissolved again', () => {
    given(unitEstablished(), unitDissolved()).when(renameUnit({ effectiveFrom: '2025-01-01' })).thenRejects('UnitDissolved');
    given(unitEstablished(), unitDissolved()).when(upgradeUnit({ effectiveFrom: '2025-01-01' })).thenRejects('UnitDissolved');
    given(unitEstablished(), unitDissolved()).when(dissolveUnit()).thenRejects('UnitDissolved');
  });
});

describe('a unit that was never established', () => {
  it('is not found', () => expect(() => orgUnitDecider.decide(renameUnit(), orgUnitDecider.initialState())).toThrow(expect.objectContaining({ name: 'NotFound' })));
});

describe('facts about a unit for other commands', () => {
  it('describes an upgraded unit by its current type', () => {
    const state = [unitEstablished({ type: 'community_party_branch' }), unitUpgraded()].reduce(orgUnitDecider.evolve, orgUnitDecider.initialState());
    expect(describeUnit(state)).toEqual({ unitId: 'unit-1', type: 'community_party_committee', status: 'active', establishedFrom: '2020-06-01', servedCommunityIds: [] });
  });

  it('describes nothing for a unit never established', () => expect(describeUnit(orgUnitDecider.initialState())).toBeNull());

  it('names the stream of a unit', () => expect(orgUnitStreamName('unit-1')).toBe('organizations.unit-unit-1'));
});
