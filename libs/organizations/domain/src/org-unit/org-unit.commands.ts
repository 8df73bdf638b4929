import type { Command } from '@linli/domain-kernel';
import type { BranchFormation, UnitType } from './unit-types.js';

/** What the application knows about another unit when it builds a command (see `describeUnit`). */
export interface UnitFacts {
  readonly unitId: string;
  readonly type: UnitType;
  readonly status: 'active' | 'dissolved';
  readonly establishedFrom: string;
  readonly servedCommunityIds: readonly string[];
}

/** What the application knows about an estate a new branch would serve. */
export interface ServedCommunityFacts {
  /** The community-level unit the estate is registered under. */
  readonly communityUnitId: string;
  /** The branch already serving the estate, if any (from a read model). */
  readonly servedByBranchId: string | null;
}

export type EstablishUnit = Command<
  'EstablishUnit',
  {
    unitId: string;
    type: UnitType;
    name: string;
    parentUnitId: string | null;
    formation?: BranchFormation | null;
    servedCommunityIds?: string[];
    effectiveFrom: string;
    facts: {
      /** The parent as looked up; null when `parentUnitId` is null or names no unit. */
      parent: UnitFacts | null;
      /** Each served estate as looked up, by id; a missing id is an unregistered estate. */
      servedCommunities?: Readonly<Record<string, ServedCommunityFacts>>;
    };
  }
>;

export type UpgradeUnit = Command<'UpgradeUnit', { unitId: string; toType: UnitType; effectiveFrom: string }>;

export type RenameUnit = Command<'RenameUnit', { unitId: string; name: string; effectiveFrom: string }>;

export type DissolveUnit = Command<
  'DissolveUnit',
  { unitId: string; reason: string; effectiveFrom: string; facts: { /** Units still active under this one. */ activeChildCount: number } }
>;

export type OrgUnitCommand = EstablishUnit | UpgradeUnit | RenameUnit | DissolveUnit;
