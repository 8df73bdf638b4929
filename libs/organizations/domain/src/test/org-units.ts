import type { DissolveUnit, EstablishUnit, RenameUnit, UnitFacts, UpgradeUnit } from '../org-unit/org-unit.commands.js';
import type { UnitDissolved, UnitEstablished, UnitRenamed, UnitUpgraded } from '../org-unit/org-unit.events.js';
import { metadata } from './metadata.js';

// Builders for the org unit tests: defaults describe a community party committee under the working committee.

export const workingCommittee: UnitFacts = {
  unitId: 'working-committee',
  type: 'urban_community_party_working_committee',
  status: 'active',
  establishedFrom: '2020-05-01',
  servedCommunityIds: [],
};

export const communityCommittee: UnitFacts = {
  unitId: 'community-1',
  type: 'community_party_committee',
  status: 'active',
  establishedFrom: '2020-06-01',
  servedCommunityIds: [],
};

export const establishUnit = (data: Partial<EstablishUnit['data']> = {}, now?: string): EstablishUnit => ({
  type: 'EstablishUnit',
  data: {
    unitId: 'unit-1',
    type: 'community_party_committee',
    name: 'Xinhua Community Party Committee',
    parentUnitId: 'working-committee',
    effectiveFrom: '2020-06-01',
    facts: { parent: workingCommittee },
    ...data,
  },
  metadata: metadata(now ? { now } : {}),
});

export const unitEstablished = (data: Partial<UnitEstablished['data']> = {}): UnitEstablished => ({
  type: 'organizations.UnitEstablished',
  data: {
    unitId: 'unit-1',
    type: 'community_party_committee',
    name: 'Xinhua Community Party Committee',
    parentUnitId: 'working-committee',
    formation: null,
    servedCommunityIds: [],
    effectiveFrom: '2020-06-01',
    ...data,
  },
});

export const upgradeUnit = (data: Partial<UpgradeUnit['data']> = {}): UpgradeUnit => ({
  type: 'UpgradeUnit',
  data: { unitId: 'unit-1', toType: 'community_party_committee', effectiveFrom: '2020-07-01', ...data },
  metadata: metadata(),
});

export const unitUpgraded = (data: Partial<UnitUpgraded['data']> = {}): UnitUpgraded => ({
  type: 'organizations.UnitUpgraded',
  data: { unitId: 'unit-1', fromType: 'community_party_branch', toType: 'community_party_committee', effectiveFrom: '2020-07-01', ...data },
});

export const renameUnit = (data: Partial<RenameUnit['data']> = {}): RenameUnit => ({
  type: 'RenameUnit',
  data: { unitId: 'unit-1', name: 'Xinhua Road Community Party Committee', effectiveFrom: '2021-01-01', ...data },
  metadata: metadata(),
});

export const unitRenamed = (data: Partial<UnitRenamed['data']> = {}): UnitRenamed => ({
  type: 'organizations.UnitRenamed',
  data: { unitId: 'unit-1', previousName: 'Xinhua Community Party Committee', name: 'Xinhua Road Community Party Committee', effectiveFrom: '2021-01-01', ...data },
});

export const dissolveUnit = (data: Partial<DissolveUnit['data']> = {}): DissolveUnit => ({
  type: 'DissolveUnit',
  data: { unitId: 'unit-1', reason: 'merged into a neighbouring community', effectiveFrom: '2024-12-31', facts: { activeChildCount: 0 }, ...data },
  metadata: metadata(),
});

export const unitDissolved = (data: Partial<UnitDissolved['data']> = {}): UnitDissolved => ({
  type: 'organizations.UnitDissolved',
  data: { unitId: 'unit-1', reason: 'merged into a neighbouring community', effectiveFrom: '2024-12-31', ...data },
});
