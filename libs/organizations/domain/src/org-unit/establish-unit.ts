import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { requireIsoDate, requireNotInFuture, requireOneOf, requireText } from '../values.js';
import type { EstablishUnit } from './org-unit.commands.js';
import type { UnitEstablished } from './org-unit.events.js';
import type { OrgUnit } from './org-unit.js';
import { allowedParentTypes, branchFormations, isTopLevel, servesResidentialCommunities, unitTypes, type BranchFormation, type UnitType } from './unit-types.js';

/** Establishes a unit under an active parent of an allowed type; a residential branch names the estates it serves. */
export function establishUnit(command: EstablishUnit, state: OrgUnit): UnitEstablished[] {
  if (state.status !== 'none') throw new DomainRuleViolation('UnitAlreadyEstablished', `unit ${command.data.unitId} already exists`);
  const { unitId, parentUnitId } = command.data;
  const type = requireOneOf(command.data.type, unitTypes, 'type');
  const name = requireText(command.data.name, 'name');
  const effectiveFrom = requireIsoDate(command.data.effectiveFrom, 'effectiveFrom');
  requireNotInFuture(effectiveFrom, command.metadata.now, 'effectiveFrom');
  checkParent(command, type, effectiveFrom);
  const { formation, servedCommunityIds } = servedCommunities(command, type);
  return [{ type: 'organizations.UnitEstablished', data: { unitId, type, name, parentUnitId, formation, servedCommunityIds, effectiveFrom } }];
}

function checkParent(command: EstablishUnit, type: UnitType, effectiveFrom: string): void {
  const { parentUnitId, facts } = command.data;
  if (isTopLevel(type)) {
    if (parentUnitId !== null) throw new DomainRuleViolation('TopLevelUnitHasNoParent', `a ${type} sits at the top of the tree`);
    return;
  }
  if (parentUnitId === null) throw new DomainRuleViolation('ParentRequired', `a ${type} needs a parent unit`);
  const parent = facts.parent;
  if (parent === null || parent.unitId !== parentUnitId) throw new NotFound('OrgUnit', parentUnitId);
  if (parent.status !== 'active') throw new DomainRuleViolation('ParentNotActive', `parent ${parentUnitId} is dissolved`);
  if (!allowedParentTypes[type].includes(parent.type)) {
    throw new DomainRuleViolation('ParentTypeNotAllowed', `a ${type} cannot sit under a ${parent.type} (allowed: ${allowedParentTypes[type].join(', ')})`);
  }
  if (effectiveFrom < parent.establishedFrom) {
    throw new DomainRuleViolation('EffectiveBeforeParentEstablished', `parent ${parentUnitId} exists only from ${parent.establishedFrom}`);
  }
}

function servedCommunities(command: EstablishUnit, type: UnitType): { formation: BranchFormation | null; servedCommunityIds: string[] } {
  const { formation, servedCommunityIds = [], parentUnitId, facts } = command.data;
  if (!servesResidentialCommunities(type)) {
    if ((formation ?? null) !== null || servedCommunityIds.length > 0) {
      throw new DomainRuleViolation('OnlyBranchesServeCommunities', `a ${type} does not serve residential communities`);
    }
    return { formation: null, servedCommunityIds: [] };
  }
  const checkedFormation = requireOneOf(formation, branchFormations, 'formation');
  const ids = [...new Set(servedCommunityIds)];
  if (ids.length !== servedCommunityIds.length) throw new DomainRuleViolation('DuplicateServedCommunity', 'a served residential community is listed twice');
  if (checkedFormation === 'standalone' ? ids.length !== 1 : ids.length < 2) {
    throw new DomainRuleViolation('FormationMismatch', `a ${checkedFormation} branch serves ${checkedFormation === 'standalone' ? 'exactly one' : 'two or more'} residential communities, got ${ids.length}`);
  }
  for (const id of ids) {
    const community = facts.servedCommunities?.[id];
    if (community === undefined) throw new NotFound('ResidentialCommunity', id);
    if (community.communityUnitId !== parentUnitId) {
      throw new DomainRuleViolation('CommunityNotUnderParent', `residential community ${id} is registered under ${community.communityUnitId}, not ${parentUnitId}`);
    }
    if (community.servedByBranchId !== null) {
      throw new DomainRuleViolation('CommunityAlreadyServed', `residential community ${id} is already served by branch ${community.servedByBranchId}`);
    }
  }
  return { formation: checkedFormation, servedCommunityIds: ids };
}
