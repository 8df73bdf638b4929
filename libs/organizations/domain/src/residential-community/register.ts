import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { communityLevelTypes } from '../org-unit/unit-types.js';
import { requireInteger, requireIsoDate, requireNotInFuture, requireText } from '../values.js';
import type { DesignatePilot, RegisterResidentialCommunity, WithdrawPilot } from './residential-community.commands.js';
import type { PilotDesignated, PilotWithdrawn, ResidentialCommunityRegistered } from './residential-community.events.js';
import type { RegisteredCommunity, ResidentialCommunity } from './residential-community.js';

/** Registers an estate under an active community-level unit. */
export function registerResidentialCommunity(command: RegisterResidentialCommunity, state: ResidentialCommunity): ResidentialCommunityRegistered[] {
  const { communityId, communityUnitId, facts } = command.data;
  if (state.status !== 'none') throw new DomainRuleViolation('ResidentialCommunityAlreadyRegistered', `residential community ${communityId} is already registered`);
  const unit = facts.communityUnit;
  if (unit === null || unit.unitId !== communityUnitId) throw new NotFound('OrgUnit', communityUnitId);
  if (unit.status !== 'active') throw new DomainRuleViolation('ParentNotActive', `unit ${communityUnitId} is dissolved`);
  if (!communityLevelTypes.includes(unit.type)) {
    throw new DomainRuleViolation('ParentTypeNotAllowed', `an estate is registered under a community organisation, not a ${unit.type}`);
  }
  const data = {
    communityId,
    name: requireText(command.data.name, 'name'),
    address: requireText(command.data.address, 'address', 300),
    households: requireInteger(command.data.households, 'households', 1, 100_000),
    buildingCount: requireInteger(command.data.buildingCount, 'buildingCount', 1, 1_000),
    communityUnitId,
  };
  return [{ type: 'organizations.ResidentialCommunityRegistered', data }];
}

/** Makes the estate a pilot of the Party Building Happy Community programme. */
export function designatePilot(command: DesignatePilot, state: ResidentialCommunity): PilotDesignated[] {
  const community = requireRegistered(state, command.data.communityId);
  const designatedOn = requireIsoDate(command.data.designatedOn, 'designatedOn');
  requireNotInFuture(designatedOn, command.metadata.now, 'designatedOn');
  if (community.pilot !== null) throw new DomainRuleViolation('AlreadyPilot', `residential community ${community.communityId} is a pilot since ${community.pilot.since}`);
  return [{ type: 'organizations.PilotDesignated', data: { communityId: community.communityId, designatedOn } }];
}

/** Ends the estate's pilot status, with a reason. */
export function withdrawPilot(command: WithdrawPilot, state: ResidentialCommunity): PilotWithdrawn[] {
  const community = requireRegistered(state, command.data.communityId);
  const withdrawnOn = requireIsoDate(command.data.withdrawnOn, 'withdrawnOn');
  requireNotInFuture(withdrawnOn, command.metadata.now, 'withdrawnOn');
  const reason = requireText(command.data.reason, 'reason', 500);
  if (community.pilot === null) throw new DomainRuleViolation('NotPilot', `residential community ${community.communityId} is not a pilot`);
  if (withdrawnOn < community.pilot.since) throw new DomainRuleViolation('DateBeforeStart', `the pilot started on ${community.pilot.since}`);
  return [{ type: 'organizations.PilotWithdrawn', data: { communityId: community.communityId, withdrawnOn, reason } }];
}

/** The estate must be registered before anything can happen to it. */
export function requireRegistered(state: ResidentialCommunity, communityId: string): RegisteredCommunity {
  if (state.status === 'none') throw new DomainRuleViolation('ResidentialCommunityNotRegistered', `residential community ${communityId} is not registered`);
  return state;
}
