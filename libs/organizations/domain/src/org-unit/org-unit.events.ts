import type { DomainEvent } from '@linli/domain-kernel';
import type { BranchFormation, UnitType } from './unit-types.js';

// Every change to a unit carries `effectiveFrom` (a local calendar date), so the tree can be replayed as of a date.

export type UnitEstablished = DomainEvent<
  'organizations.UnitEstablished',
  {
    unitId: string;
    type: UnitType;
    name: string;
    /** Null only for the top of the tree. */
    parentUnitId: string | null;
    /** Set only for residential-community branches. */
    formation: BranchFormation | null;
    /** The estates a residential-community branch serves (one when standalone, several when joint); empty otherwise. */
    servedCommunityIds: string[];
    effectiveFrom: string;
  }
>;

export type UnitUpgraded = DomainEvent<'organizations.UnitUpgraded', { unitId: string; fromType: UnitType; toType: UnitType; effectiveFrom: string }>;

export type UnitRenamed = DomainEvent<'organizations.UnitRenamed', { unitId: string; previousName: string; name: string; effectiveFrom: string }>;

export type UnitDissolved = DomainEvent<'organizations.UnitDissolved', { unitId: string; reason: string; effectiveFrom: string }>;

export type OrgUnitEvent = UnitEstablished | UnitUpgraded | UnitRenamed | UnitDissolved;

/** Stream of one unit; the category `organizations.unit` has no dash, so `$by_category`-style readers split it right. */
export const orgUnitStreamName = (unitId: string): string => `organizations.unit-${unitId}`;
