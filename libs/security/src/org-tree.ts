import type { CommunityRegisteredV1, UnitDissolvedV1, UnitEstablishedV1 } from '@linli/contracts';

/** A public event of linli.organizations.v1 as the tree needs it: its CloudEvents type and data. */
export interface TreeEvent {
  readonly type: string;
  readonly data: unknown;
}

/**
 * The organisation tree as of now, as one service knows it from the organizations service's public
 * events: each unit's parent, each community's unit and the branches that serve it. A fold, so the
 * same events always give the same tree, and delivering an event twice changes nothing.
 */
export class OrgTree {
  private readonly parentOf = new Map<string, string | null>();
  private readonly dissolved = new Set<string>();
  /** community → the units directly above it (its community-level unit, the branches serving it). */
  private readonly unitsOfCommunity = new Map<string, Set<string>>();

  apply(event: TreeEvent): void {
    switch (event.type) {
      case 'cn.linli.organizations.unit-established.v1': {
        const data = event.data as UnitEstablishedV1;
        this.parentOf.set(data.unitId, data.parentUnitId);
        for (const communityId of data.servedCommunityIds) this.link(communityId, data.unitId);
        return;
      }
      case 'cn.linli.organizations.unit-dissolved.v1':
        this.dissolved.add((event.data as UnitDissolvedV1).unitId);
        return;
      case 'cn.linli.organizations.community-registered.v1': {
        const data = event.data as CommunityRegisteredV1;
        this.link(data.communityId, data.communityUnitId);
        return;
      }
      default:
        return;
    }
  }

  /** Whether `target` (a unit or a community id) is `scopeUnit` itself or lies below it. */
  isWithin(target: string, scopeUnit: string): boolean {
    if (this.dissolved.has(scopeUnit)) return false;
    if (target === scopeUnit) return true;
    return this.ancestorsOf(target).has(scopeUnit);
  }

  /** Whether the tree has heard of this unit or community at all. */
  knows(id: string): boolean {
    return this.parentOf.has(id) || this.unitsOfCommunity.has(id);
  }

  private ancestorsOf(target: string): Set<string> {
    const seen = new Set<string>();
    const pending = [...(this.unitsOfCommunity.get(target) ?? []), ...this.parentsOf(target)];
    while (pending.length > 0) {
      const unit = pending.pop() as string;
      if (seen.has(unit)) continue;
      seen.add(unit);
      pending.push(...this.parentsOf(unit));
    }
    return seen;
  }

  private parentsOf(unit: string): string[] {
    const parent = this.parentOf.get(unit);
    return parent ? [parent] : [];
  }

  private link(communityId: string, unitId: string): void {
    const units = this.unitsOfCommunity.get(communityId) ?? new Set<string>();
    units.add(unitId);
    this.unitsOfCommunity.set(communityId, units);
  }
}
