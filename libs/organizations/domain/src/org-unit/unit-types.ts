// The party organisation ladder of the programme (市委 → 县委 → 城市社区党工委 → 社区党委 → 小区党支部 → 楼栋党小组).
// Codes are stored in events: add new ones, never rename.

/** Every kind of unit the tree can hold, top to bottom. */
export const unitTypes = [
  'city_party_committee', // 市委
  'county_party_committee', // 县委
  'urban_community_party_working_committee', // 城市社区党工委（管委会）
  'community_party_committee', // 社区党委
  'community_party_general_branch', // 社区党总支: a community organisation not yet upgraded
  'community_party_branch', // 社区党支部: a community organisation not yet upgraded
  'residential_community_party_branch', // 小区党支部
  'building_party_group', // 楼栋党小组
] as const;
export type UnitType = (typeof unitTypes)[number];

/** Level on the ladder: 1 is the top; the three forms of a community organisation share level 4. */
export const unitLevel: Readonly<Record<UnitType, number>> = {
  city_party_committee: 1,
  county_party_committee: 2,
  urban_community_party_working_committee: 3,
  community_party_committee: 4,
  community_party_general_branch: 4,
  community_party_branch: 4,
  residential_community_party_branch: 5,
  building_party_group: 6,
};

/**
 * Which types a unit of each type may sit under. The top has no parent. A residential-community branch
 * needs a community organisation that may have branches under it (a committee or a general branch: a
 * plain branch cannot), which is why the county upgraded its community organisations first.
 */
export const allowedParentTypes: Readonly<Record<UnitType, readonly UnitType[]>> = {
  city_party_committee: [],
  county_party_committee: ['city_party_committee'],
  urban_community_party_working_committee: ['county_party_committee'],
  community_party_committee: ['urban_community_party_working_committee'],
  community_party_general_branch: ['urban_community_party_working_committee'],
  community_party_branch: ['urban_community_party_working_committee'],
  residential_community_party_branch: ['community_party_committee', 'community_party_general_branch'],
  building_party_group: ['residential_community_party_branch'],
};

/** Upgrades a unit may undergo, keeping its id, parent and children (branch → general branch → committee). */
export const allowedUpgrades: Readonly<Record<UnitType, readonly UnitType[]>> = {
  city_party_committee: [],
  county_party_committee: [],
  urban_community_party_working_committee: [],
  community_party_committee: [],
  community_party_general_branch: ['community_party_committee'],
  community_party_branch: ['community_party_general_branch', 'community_party_committee'],
  residential_community_party_branch: [],
  building_party_group: [],
};

/** How a residential-community branch is set up: for one estate (独建) or jointly for several (联建). */
export const branchFormations = ['standalone', 'joint'] as const;
export type BranchFormation = (typeof branchFormations)[number];

/** Types that stand for a 社区 (urban neighbourhood): estates are registered under one of them. */
export const communityLevelTypes: readonly UnitType[] = unitTypes.filter((type) => unitLevel[type] === 4);

export const isTopLevel = (type: UnitType): boolean => allowedParentTypes[type].length === 0;
export const servesResidentialCommunities = (type: UnitType): boolean => type === 'residential_community_party_branch';
