import { DomainRuleViolation } from '@linli/domain-kernel';
import { requireIsoDate, requireNotInFuture } from '../values.js';
import { boardRoles, committeeRoles, requireMembers } from './body-members.js';
import type { FormPropertyCommittee, FormSupervisoryBoard } from './residential-community.commands.js';
import type { PropertyCommitteeFormed, SupervisoryBoardFormed } from './residential-community.events.js';
import type { ResidentialCommunity } from './residential-community.js';
import { requireRegistered } from './register.js';

/** Records that the owners' supervisory board (业主监事会) was formed, headed by one chair. */
export function formSupervisoryBoard(command: FormSupervisoryBoard, state: ResidentialCommunity): SupervisoryBoardFormed[] {
  const community = requireRegistered(state, command.data.communityId);
  if (community.supervisoryBoard !== null) throw new DomainRuleViolation('SupervisoryBoardAlreadyFormed', `formed on ${community.supervisoryBoard.formedOn}`);
  const members = requireMembers(command.data.members, boardRoles, 'chair');
  const formedOn = requireIsoDate(command.data.formedOn, 'formedOn');
  requireNotInFuture(formedOn, command.metadata.now, 'formedOn');
  return [{ type: 'organizations.SupervisoryBoardFormed', data: { communityId: community.communityId, members, formedOn } }];
}

/** Records that the property committee (物业管理委员会) was formed, headed by one director. */
export function formPropertyCommittee(command: FormPropertyCommittee, state: ResidentialCommunity): PropertyCommitteeFormed[] {
  const community = requireRegistered(state, command.data.communityId);
  if (community.propertyCommittee !== null) throw new DomainRuleViolation('PropertyCommitteeAlreadyFormed', `formed on ${community.propertyCommittee.formedOn}`);
  const members = requireMembers(command.data.members, committeeRoles, 'director');
  const formedOn = requireIsoDate(command.data.formedOn, 'formedOn');
  requireNotInFuture(formedOn, command.metadata.now, 'formedOn');
  return [{ type: 'organizations.PropertyCommitteeFormed', data: { communityId: community.communityId, members, formedOn } }];
}
