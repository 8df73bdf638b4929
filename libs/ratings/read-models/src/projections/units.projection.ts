import { unitDissolvedV1, unitEstablishedV1, unitUpgradedV1, type UnitDissolvedV1, type UnitEstablishedV1, type UnitUpgradedV1 } from '@linli/contracts';
import type { Projection } from '@linli/projections';
import { sourceOf, type Source } from '../support/evidence.js';
import { withEntry, type IdMap } from '../support/maps.js';

/**
 * A unit of the party organisation tree, as far as ratings need it: a branch names the estates it
 * serves, a building group only its parent branch, so "building groups of a community" is a
 * question over units (answered when a community is rated), not something a unit event can file
 * under a community. A unit's events come from its own stream, in order.
 */
export interface UnitDoc {
  readonly unitId: string;
  readonly established?: Source & { readonly unitType: string; readonly parentUnitId: string | null; readonly effectiveFrom: string };
  /** The estates served (branches only); a set, queried by community. */
  readonly servedCommunityIds?: readonly string[];
  readonly parentUnitId?: string | null;
  readonly upgrades?: IdMap<Source & { readonly toType: string; readonly effectiveFrom: string }>;
  readonly dissolved?: Source & { readonly effectiveFrom: string };
}

export function unitsProjection(name: string): Projection<UnitDoc> {
  const types = new Set([unitEstablishedV1.type, unitUpgradedV1.type, unitDissolvedV1.type]);
  return {
    name,
    version: 1,
    indexes: [{ servedCommunityIds: 1 }, { parentUnitId: 1 }],
    keys: (event) => (types.has(event.type) ? [(event.data as { unitId: string }).unitId] : []),
    evolve(doc, event, key) {
      const unit: UnitDoc = doc ?? { unitId: key };
      switch (event.type) {
        case unitEstablishedV1.type: {
          const d = event.data as UnitEstablishedV1;
          const established = { ...sourceOf(event), unitType: d.unitType, parentUnitId: d.parentUnitId, effectiveFrom: d.effectiveFrom };
          return { ...unit, established, parentUnitId: d.parentUnitId, servedCommunityIds: [...new Set(d.servedCommunityIds)].sort() };
        }
        case unitUpgradedV1.type: {
          const d = event.data as UnitUpgradedV1;
          return { ...unit, upgrades: withEntry(unit.upgrades, event.eventId, { ...sourceOf(event), toType: d.toType, effectiveFrom: d.effectiveFrom }) };
        }
        case unitDissolvedV1.type:
          return { ...unit, dissolved: { ...sourceOf(event), effectiveFrom: (event.data as UnitDissolvedV1).effectiveFrom } };
        default:
          return unit;
      }
    },
  };
}
