import { unitDissolved, unitEstablished, unitRenamed, unitUpgraded } from '../test/org-units.js';
import { orgTreeAsOf, unitAsOf } from './org-tree.js';
import type { OrgUnitEvent } from './org-unit.events.js';

const city = unitEstablished({ unitId: 'city', type: 'city_party_committee', name: 'Shangrao', parentUnitId: null, effectiveFrom: '2000-01-01' });
const county = unitEstablished({ unitId: 'county', type: 'county_party_committee', name: 'Yugan', parentUnitId: 'city', effectiveFrom: '2000-01-01' });
const working = unitEstablished({ unitId: 'working-committee', type: 'urban_community_party_working_committee', name: 'Working Committee', parentUnitId: 'county', effectiveFrom: '2020-05-01' });
const xinhua = unitEstablished({ unitId: 'xinhua', type: 'community_party_branch', name: 'Xinhua', parentUnitId: 'working-committee', effectiveFrom: '2020-05-10' });
const anle = unitEstablished({ unitId: 'anle', type: 'community_party_committee', name: 'Anle', parentUnitId: 'working-committee', effectiveFrom: '2020-06-01' });
const history: OrgUnitEvent[] = [
  city,
  county,
  working,
  xinhua,
  anle,
  unitUpgraded({ unitId: 'xinhua', effectiveFrom: '2020-07-01' }),
  unitRenamed({ unitId: 'xinhua', previousName: 'Xinhua', name: 'Xinhua Road', effectiveFrom: '2021-01-01' }),
  unitDissolved({ unitId: 'anle', effectiveFrom: '2023-01-01' }),
];

describe('a unit as of a date', () => {
  const xinhuaEvents = history.filter((event) => event.data.unitId === 'xinhua');

  it('does not exist before it took effect', () => expect(unitAsOf(xinhuaEvents, '2020-05-09')).toEqual({ status: 'none' }));

  it('has the type it had on the date', () => {
    expect(unitAsOf(xinhuaEvents, '2020-06-30')).toMatchObject({ status: 'active', type: 'community_party_branch' });
    expect(unitAsOf(xinhuaEvents, '2020-07-01')).toMatchObject({ status: 'active', type: 'community_party_committee', name: 'Xinhua' });
  });

  it('has the name it had on the date', () => expect(unitAsOf(xinhuaEvents, '2021-01-01')).toMatchObject({ name: 'Xinhua Road' }));
});

describe('the tree as of a date', () => {
  const names = (date: string) => {
    const tree = orgTreeAsOf(history, date);
    const walk = (nodes: typeof tree.roots): unknown[] => nodes.map((node) => (node.children.length ? { [node.name]: walk(node.children) } : node.name));
    return walk(tree.roots);
  };

  it('holds only what had taken effect', () => expect(names('2020-05-05')).toEqual([{ Shangrao: [{ Yugan: ['Working Committee'] }] }]));

  it('sorts children by name', () => expect(names('2022-01-01')).toEqual([{ Shangrao: [{ Yugan: [{ 'Working Committee': ['Anle', 'Xinhua Road'] }] }] }]));

  it('leaves out dissolved units', () => expect(names('2023-01-01')).toEqual([{ Shangrao: [{ Yugan: [{ 'Working Committee': ['Xinhua Road'] }] }] }]));

  it('is the same for any interleaving that keeps each unit in order', () =>
    expect(orgTreeAsOf([...history].reverse().sort((a, b) => (a.data.unitId === b.data.unitId ? history.indexOf(a) - history.indexOf(b) : a.data.unitId < b.data.unitId ? -1 : 1)), '2022-01-01')).toEqual(orgTreeAsOf(history, '2022-01-01')));

  it('shows a unit whose parent was not active on the date as an orphan', () => {
    const tree = orgTreeAsOf([county], '2001-01-01');
    expect([tree.roots, tree.orphans.map((node) => node.unitId)]).toEqual([[], ['county']]);
  });

  it('carries the estates a branch serves', () => {
    const branch = unitEstablished({ unitId: 'b', type: 'residential_community_party_branch', name: 'B', parentUnitId: 'anle', formation: 'joint', servedCommunityIds: ['e1', 'e2'], effectiveFrom: '2021-01-01' });
    const anleNode = orgTreeAsOf([anle, branch], '2022-01-01').orphans[0];
    expect(anleNode?.children[0]).toMatchObject({ formation: 'joint', servedCommunityIds: ['e1', 'e2'] });
  });
});
