import { allowedParentTypes, allowedUpgrades, communityLevelTypes, unitLevel, unitTypes } from './unit-types.js';

describe('the organisation ladder', () => {
  it('has the city committee as its only top', () => expect(unitTypes.filter((type) => allowedParentTypes[type].length === 0)).toEqual(['city_party_committee']));

  it('puts every unit exactly one level below its parent', () => {
    for (const type of unitTypes) for (const parent of allowedParentTypes[type]) expect([type, unitLevel[parent]]).toEqual([type, unitLevel[type] - 1]);
  });

  it('puts building groups only under residential-community branches', () =>
    expect(allowedParentTypes.building_party_group).toEqual(['residential_community_party_branch']));

  it('has six levels', () => expect(new Set(Object.values(unitLevel))).toEqual(new Set([1, 2, 3, 4, 5, 6])));

  it('registers estates under the three forms of a community organisation', () =>
    expect(communityLevelTypes).toEqual(['community_party_committee', 'community_party_general_branch', 'community_party_branch']));

  it('keeps parent and children valid through every upgrade', () => {
    for (const from of unitTypes) {
      for (const to of allowedUpgrades[from]) {
        expect(allowedParentTypes[to]).toEqual(expect.arrayContaining([...allowedParentTypes[from]]));
        const childTypesOfFrom = unitTypes.filter((child) => allowedParentTypes[child].includes(from));
        for (const child of childTypesOfFrom) expect([child, allowedParentTypes[child].includes(to)]).toEqual([child, true]);
      }
    }
  });

  it('never upgrades downwards or in a cycle', () => {
    for (const from of unitTypes) for (const to of allowedUpgrades[from]) expect(allowedUpgrades[to]).not.toContain(from);
  });
});
