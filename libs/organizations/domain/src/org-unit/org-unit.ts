import { assertNever, type Decider } from '@linli/domain-kernel';
import type { OrgUnitCommand, UnitFacts } from './org-unit.commands.js';
import type { OrgUnitEvent } from './org-unit.events.js';
import type { BranchFormation, UnitType } from './unit-types.js';
import { establishUnit } from './establish-unit.js';
import { dissolveUnit, renameUnit, upgradeUnit } from './change-unit.js';

interface UnitDetails {
  readonly unitId: string;
  readonly type: UnitType;
  readonly name: string;
  readonly parentUnitId: string | null;
  readonly formation: BranchFormation | null;
  readonly servedCommunityIds: readonly string[];
  readonly establishedFrom: string;
  /** The latest `effectiveFrom` applied: a later change may not take effect before it. */
  readonly lastEffectiveFrom: string;
}

/** One party organisation unit. */
export type OrgUnit =
  | { readonly status: 'none' }
  | ({ readonly status: 'active' } & UnitDetails)
  | ({ readonly status: 'dissolved'; readonly dissolvedFrom: string } & UnitDetails);

export const initialOrgUnit = (): OrgUnit => ({ status: 'none' });

export function decideOrgUnit(command: OrgUnitCommand, state: OrgUnit): OrgUnitEvent[] {
  switch (command.type) {
    case 'EstablishUnit':
      return establishUnit(command, state);
    case 'UpgradeUnit':
      return upgradeUnit(command, state);
    case 'RenameUnit':
      return renameUnit(command, state);
    case 'DissolveUnit':
      return dissolveUnit(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveOrgUnit(state: OrgUnit, event: OrgUnitEvent): OrgUnit {
  switch (event.type) {
    case 'organizations.UnitEstablished': {
      const { unitId, type, name, parentUnitId, formation, servedCommunityIds, effectiveFrom } = event.data;
      return { status: 'active', unitId, type, name, parentUnitId, formation, servedCommunityIds, establishedFrom: effectiveFrom, lastEffectiveFrom: effectiveFrom };
    }
    case 'organizations.UnitUpgraded':
      return state.status === 'none' ? state : { ...state, type: event.data.toType, lastEffectiveFrom: event.data.effectiveFrom };
    case 'organizations.UnitRenamed':
      return state.status === 'none' ? state : { ...state, name: event.data.name, lastEffectiveFrom: event.data.effectiveFrom };
    case 'organizations.UnitDissolved':
      return state.status === 'none' ? state : { ...state, status: 'dissolved', dissolvedFrom: event.data.effectiveFrom, lastEffectiveFrom: event.data.effectiveFrom };
    default:
      return assertNever(event);
  }
}

/** The org unit aggregate as a decider. */
export const orgUnitDecider: Decider<OrgUnitCommand, OrgUnitEvent, OrgUnit> = {
  initialState: initialOrgUnit,
  decide: decideOrgUnit,
  evolve: evolveOrgUnit,
};

/** The facts other commands need about this unit, or null when it was never established. */
export function describeUnit(state: OrgUnit): UnitFacts | null {
  if (state.status === 'none') return null;
  const { unitId, type, establishedFrom, servedCommunityIds } = state;
  return { unitId, type, status: state.status, establishedFrom, servedCommunityIds };
}
