import type { OrgUnitEvent } from './org-unit.events.js';
import { evolveOrgUnit, initialOrgUnit, type OrgUnit } from './org-unit.js';
import type { BranchFormation, UnitType } from './unit-types.js';

/** One unit's state as of a date: only the events effective on or before it are folded. */
export function unitAsOf(events: readonly OrgUnitEvent[], date: string): OrgUnit {
  return events.filter((event) => event.data.effectiveFrom <= date).reduce(evolveOrgUnit, initialOrgUnit());
}

/** A unit active on the tree's date, with the active units under it. */
export interface OrgTreeNode {
  readonly unitId: string;
  readonly type: UnitType;
  readonly name: string;
  readonly parentUnitId: string | null;
  readonly formation: BranchFormation | null;
  readonly servedCommunityIds: readonly string[];
  readonly children: OrgTreeNode[];
}

export interface OrgTree {
  readonly asOf: string;
  /** Units with no parent (the top of the ladder). */
  readonly roots: OrgTreeNode[];
  /** Active units whose parent was not active on that date; the domain's date rules keep this empty, an auditor still wants to see it. */
  readonly orphans: OrgTreeNode[];
}

/**
 * The whole tree as of a date, from the events of many units in any interleaving that keeps each
 * unit's own order (a global log does). Dissolved and not-yet-established units are left out;
 * children are sorted by name, then id (code points), so the same history always gives the same tree.
 */
export function orgTreeAsOf(unitsEvents: readonly OrgUnitEvent[], date: string): OrgTree {
  const byUnit = new Map<string, OrgUnitEvent[]>();
  for (const event of unitsEvents) {
    const events = byUnit.get(event.data.unitId);
    if (events) events.push(event);
    else byUnit.set(event.data.unitId, [event]);
  }
  const nodes = new Map<string, OrgTreeNode>();
  for (const events of byUnit.values()) {
    const unit = unitAsOf(events, date);
    if (unit.status !== 'active') continue;
    const { unitId, type, name, parentUnitId, formation, servedCommunityIds } = unit;
    nodes.set(unitId, { unitId, type, name, parentUnitId, formation, servedCommunityIds, children: [] });
  }
  const roots: OrgTreeNode[] = [];
  const orphans: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentUnitId === null ? undefined : nodes.get(node.parentUnitId);
    if (parent) parent.children.push(node);
    else (node.parentUnitId === null ? roots : orphans).push(node);
  }
  for (const node of nodes.values()) node.children.sort(byNameThenId);
  return { asOf: date, roots: roots.sort(byNameThenId), orphans: orphans.sort(byNameThenId) };
}

// Code-point order, not localeCompare: the result must not depend on the machine's locale.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNameThenId = (a: OrgTreeNode, b: OrgTreeNode): number => compare(a.name, b.name) || compare(a.unitId, b.unitId);
