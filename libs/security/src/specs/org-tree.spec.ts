import { OrgTree, type TreeEvent } from '../org-tree.js';

const unit = (unitId: string, parentUnitId: string | null, servedCommunityIds: string[] = []): TreeEvent => ({
  type: 'cn.linli.organizations.unit-established.v1',
  data: { unitId, unitType: 'community_party_committee', parentUnitId, formation: null, servedCommunityIds, effectiveFrom: '2025-01-01' },
});
const community = (communityId: string, communityUnitId: string): TreeEvent => ({
  type: 'cn.linli.organizations.community-registered.v1',
  data: { communityId, communityUnitId, households: 100, buildingCount: 4 },
});
const dissolved = (unitId: string): TreeEvent => ({ type: 'cn.linli.organizations.unit-dissolved.v1', data: { unitId, effectiveFrom: '2026-01-01' } });

function yugan(): OrgTree {
  const tree = new OrgTree();
  for (const event of [unit('county', null), unit('town-a', 'county'), unit('town-b', 'county'), unit('cc-a1', 'town-a'), community('rc-1', 'cc-a1'), unit('branch-x', 'cc-a1', ['rc-1']), community('rc-2', 'town-b')]) tree.apply(event);
  return tree;
}

describe('the organisation tree as a service learns it from public events', () => {
  it('puts a community below its community-level unit and every unit above it', () => {
    const tree = yugan();
    expect(['cc-a1', 'town-a', 'county'].map((u) => tree.isWithin('rc-1', u))).toEqual([true, true, true]);
  });

  it('puts a community below the branch that serves it', () => expect(yugan().isWithin('rc-1', 'branch-x')).toBe(true));

  it('keeps a community out of a sibling unit\'s scope', () => {
    const tree = yugan();
    expect([tree.isWithin('rc-1', 'town-b'), tree.isWithin('rc-2', 'town-a'), tree.isWithin('rc-2', 'branch-x')]).toEqual([false, false, false]);
  });

  it('lets a unit act on itself and its sub-units, never on its parent', () => {
    const tree = yugan();
    expect([tree.isWithin('town-a', 'town-a'), tree.isWithin('cc-a1', 'town-a'), tree.isWithin('town-a', 'cc-a1')]).toEqual([true, true, false]);
  });

  it('knows nothing of a community it has not heard of (scope: nobody but the root)', () => {
    const tree = yugan();
    expect([tree.knows('rc-9'), tree.isWithin('rc-9', 'county')]).toEqual([false, false]);
  });

  it('takes every reach away from a dissolved unit', () => {
    const tree = yugan();
    tree.apply(dissolved('branch-x'));
    expect(tree.isWithin('rc-1', 'branch-x')).toBe(false);
    expect(tree.isWithin('rc-1', 'cc-a1')).toBe(true);
  });

  it('gives the same tree when every event is delivered twice', () => {
    const twice = new OrgTree();
    for (const event of [unit('county', null), unit('town-a', 'county'), community('rc-1', 'town-a')]) {
      twice.apply(event);
      twice.apply(event);
    }
    expect([twice.isWithin('rc-1', 'county'), twice.isWithin('rc-1', 'town-a')]).toEqual([true, true]);
  });

  it('ignores events it does not need', () => {
    const tree = yugan();
    tree.apply({ type: 'cn.linli.organizations.member-left.v1', data: { memberId: 'm' } });
    expect(tree.isWithin('rc-1', 'county')).toBe(true);
  });
});
