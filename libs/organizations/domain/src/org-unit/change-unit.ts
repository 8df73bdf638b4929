import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { requireInteger, requireIsoDate, requireNotInFuture, requireOneOf, requireText } from '../values.js';
import type { DissolveUnit, RenameUnit, UpgradeUnit } from './org-unit.commands.js';
import type { UnitDissolved, UnitRenamed, UnitUpgraded } from './org-unit.events.js';
import type { OrgUnit } from './org-unit.js';
import { allowedUpgrades, unitTypes } from './unit-types.js';

type ActiveUnit = Extract<OrgUnit, { status: 'active' }>;

/** Upgrades a unit to a type its current type may become (e.g. a community branch to a committee). */
export function upgradeUnit(command: UpgradeUnit, state: OrgUnit): UnitUpgraded[] {
  const unit = requireActive(state, command.data.unitId);
  const toType = requireOneOf(command.data.toType, unitTypes, 'toType');
  const effectiveFrom = requireEffectiveFrom(command.data.effectiveFrom, command.metadata.now, unit);
  if (!allowedUpgrades[unit.type].includes(toType)) {
    throw new DomainRuleViolation('UpgradeNotAllowed', `a ${unit.type} cannot be upgraded to a ${toType}`);
  }
  return [{ type: 'organizations.UnitUpgraded', data: { unitId: unit.unitId, fromType: unit.type, toType, effectiveFrom } }];
}

/** Renames a unit; the same name again changes nothing. */
export function renameUnit(command: RenameUnit, state: OrgUnit): UnitRenamed[] {
  const unit = requireActive(state, command.data.unitId);
  const name = requireText(command.data.name, 'name');
  const effectiveFrom = requireEffectiveFrom(command.data.effectiveFrom, command.metadata.now, unit);
  if (name === unit.name) return [];
  return [{ type: 'organizations.UnitRenamed', data: { unitId: unit.unitId, previousName: unit.name, name, effectiveFrom } }];
}

/** Dissolves a unit that has no active units under it. */
export function dissolveUnit(command: DissolveUnit, state: OrgUnit): UnitDissolved[] {
  const unit = requireActive(state, command.data.unitId);
  const reason = requireText(command.data.reason, 'reason', 500);
  const effectiveFrom = requireEffectiveFrom(command.data.effectiveFrom, command.metadata.now, unit);
  const activeChildCount = requireInteger(command.data.facts.activeChildCount, 'facts.activeChildCount', 0, Number.MAX_SAFE_INTEGER);
  if (activeChildCount > 0) throw new DomainRuleViolation('UnitHasActiveChildren', `unit ${unit.unitId} still has ${activeChildCount} active unit(s) under it`);
  return [{ type: 'organizations.UnitDissolved', data: { unitId: unit.unitId, reason, effectiveFrom } }];
}

function requireActive(state: OrgUnit, unitId: string): ActiveUnit {
  if (state.status === 'none') throw new NotFound('OrgUnit', unitId);
  if (state.status === 'dissolved') throw new DomainRuleViolation('UnitDissolved', `unit ${unitId} was dissolved from ${state.dissolvedFrom}`);
  return state;
}

/** Changes take effect in order, so that folding the events effective by a date gives the unit as of that date. */
function requireEffectiveFrom(value: string, now: string, unit: ActiveUnit): string {
  const effectiveFrom = requireIsoDate(value, 'effectiveFrom');
  requireNotInFuture(effectiveFrom, now, 'effectiveFrom');
  if (effectiveFrom < unit.lastEffectiveFrom) {
    throw new DomainRuleViolation('EffectiveBeforeLastChange', `unit ${unit.unitId} last changed with effect from ${unit.lastEffectiveFrom}`);
  }
  return effectiveFrom;
}
