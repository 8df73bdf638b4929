import { project, projected, twice } from '../test/projected.js';
import { unitsProjection } from './unit.projection.js';

const established = (data: object = {}) => ({
  type: 'organizations.UnitEstablished',
  data: { unitId: 'c-1', type: 'community_party_branch', name: 'Xinhua Community Party Branch', parentUnitId: 'wc-1', formation: null, servedCommunityIds: [], effectiveFrom: '2021-03-01', ...data },
});
const upgraded = { type: 'organizations.UnitUpgraded', data: { unitId: 'c-1', fromType: 'community_party_branch', toType: 'community_party_committee', effectiveFrom: '2022-01-01' } };
const renamed = { type: 'organizations.UnitRenamed', data: { unitId: 'c-1', previousName: 'Xinhua Community Party Branch', name: 'Xinhua Community Party Committee', effectiveFrom: '2022-01-01' } };
const dissolved = { type: 'organizations.UnitDissolved', data: { unitId: 'c-1', reason: 'merged', effectiveFrom: '2024-12-31' } };

describe('the units read model', () => {
  it('shows an upgraded and renamed unit with its revision and its own history', () => {
    const docs = project(unitsProjection, projected(established(), upgraded, renamed));
    expect(docs['c-1']).toEqual({
      status: 'active',
      unitId: 'c-1',
      type: 'community_party_committee',
      name: 'Xinhua Community Party Committee',
      parentUnitId: 'wc-1',
      formation: null,
      servedCommunityIds: [],
      establishedFrom: '2021-03-01',
      lastEffectiveFrom: '2022-01-01',
      revision: 2,
      history: [established(), upgraded, renamed],
    });
  });

  it('keeps a dissolved unit, with the date it was dissolved from', () => {
    const docs = project(unitsProjection, projected(established(), dissolved));
    expect(docs['c-1']).toMatchObject({ status: 'dissolved', dissolvedFrom: '2024-12-31', revision: 1 });
  });

  it('shows which estates a residential branch serves', () => {
    const branch = established({ unitId: 'b-1', type: 'residential_community_party_branch', parentUnitId: 'c-1', formation: 'joint', servedCommunityIds: ['e-1', 'e-2'] });
    expect(project(unitsProjection, projected(branch))['b-1']).toMatchObject({ formation: 'joint', servedCommunityIds: ['e-1', 'e-2'] });
  });

  it('ignores the events of other aggregates', () => {
    expect(unitsProjection.keys(projected({ type: 'organizations.PilotDesignated', data: { communityId: 'e-1' } })[0]!)).toEqual([]);
  });

  it('gives the same document when every event is delivered twice', () => {
    const events = projected(established(), upgraded, renamed, dissolved);
    expect(project(unitsProjection, twice(events))).toEqual(project(unitsProjection, events));
  });
});
