import { orgTreeAsOf, type OrgTreeNode, type UnitType } from '@linli/organizations-domain';
import { strip } from '@linli/projections';
import type { Connection } from 'mongoose';
import { collectionOf, findLive, findPage, live, type Page, type PageRequest } from '../read-model-collection.js';
import { unitsProjection, type UnitDoc } from './unit.projection.js';

/** A unit without the history the tree replays. */
export type UnitView = Omit<UnitDoc, 'history'>;

export interface UnitFilter {
  readonly parentUnitId?: string;
  readonly type?: UnitType;
  readonly status?: UnitDoc['status'];
}

/** The most children a unit query lists. */
export const maxChildUnits = 500;

// The ladder has six levels; a deeper walk would mean corrupt data, not a deeper tree.
const maxTreeDepth = 10;

const units = (connection: Connection) => collectionOf(connection, unitsProjection);

export function findUnit(connection: Connection, unitId: string): Promise<UnitView | null> {
  return findLive<UnitView>(units(connection), unitId, ['history']);
}

/**
 * The units directly under one (active and dissolved), by name then id. The ladder keeps this list
 * short (a community committee has a few dozen branches); `maxChildUnits` bounds it regardless, and
 * `listUnits` with a parent filter pages through any number.
 */
export async function findChildUnits(connection: Connection, unitId: string): Promise<UnitView[]> {
  const children = await units(connection)
    .find({ parentUnitId: unitId, ...live }, { projection: { history: 0 } })
    .sort({ name: 1, _id: 1 })
    .limit(maxChildUnits)
    .toArray();
  return children.map((child) => strip(child) as UnitView);
}

export function listUnits(connection: Connection, filter: UnitFilter, page: PageRequest): Promise<Page<UnitView>> {
  return findPage<UnitView>(units(connection), { ...filter }, page, ['history']);
}

/** How many active units sit directly under a unit (the fact DissolveUnit needs). */
export function countActiveChildUnits(connection: Connection, unitId: string): Promise<number> {
  return units(connection).countDocuments({ parentUnitId: unitId, status: 'active', ...live });
}

/** The active branch serving a residential community, if any (the fact EstablishUnit needs for a branch). */
export async function findBranchServing(connection: Connection, communityId: string): Promise<string | null> {
  const branch = await units(connection).findOne({ servedCommunityIds: communityId, status: 'active', ...live }, { projection: { unitId: 1 } });
  return branch ? String(branch['unitId']) : null;
}

/**
 * The tree under a unit as of a date. A unit never changes parent, so every unit that was ever
 * under this one is among its descendants today (dissolved ones included); the domain's
 * `orgTreeAsOf` replays their histories to the date. `tree` is null when the unit was not active then.
 */
export async function findUnitTreeAsOf(connection: Connection, unitId: string, asOf: string): Promise<{ unit: UnitView | null; tree: OrgTreeNode | null }> {
  const root = await findLive<UnitDoc>(units(connection), unitId);
  if (root === null) return { unit: null, tree: null };
  const descendants: UnitDoc[] = [root];
  let level = [root.unitId];
  for (let depth = 0; level.length > 0 && depth < maxTreeDepth; depth++) {
    const children = (await units(connection).find({ parentUnitId: { $in: level }, ...live }).toArray()) as unknown as UnitDoc[];
    descendants.push(...children);
    level = children.map((child) => child.unitId);
  }
  const { roots, orphans } = orgTreeAsOf(descendants.flatMap((doc) => doc.history), asOf);
  const { history: _history, ...unit } = root;
  return { unit, tree: [...roots, ...orphans].find((node) => node.unitId === unitId) ?? null };
}
