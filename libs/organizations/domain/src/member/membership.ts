import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import type { UnitFacts } from '../org-unit/org-unit.commands.js';
import { servesResidentialCommunities } from '../org-unit/unit-types.js';
import { requireIsoDate, requireNotInFuture, requireOneOf, requireText } from '../values.js';
import type { LeaveBranch, ReportBack, TransferMember } from './member.commands.js';
import type { MemberLeft, MemberReportedBack, MemberTransferred, Person, ServicePostRelinquished } from './member.events.js';
import type { ActiveMember, KnownMember, Member } from './member.js';
import { memberRanks } from './member-codes.js';

/** A member reports back to the branch serving the estate where they live; one who left may report back again. */
export function reportBack(command: ReportBack, state: Member): MemberReportedBack[] {
  const { memberId, branchUnitId, communityId, facts } = command.data;
  if (state.status === 'active') throw new DomainRuleViolation('MemberAlreadyReported', `member ${memberId} is active in branch ${state.branchUnitId}`);
  const person = requirePerson(command.data.person);
  if (state.status === 'left' && state.subjectId !== person.subjectId) throw new DomainRuleViolation('SubjectMismatch', `member ${memberId} is another person`);
  const reportedOn = requireDate(command.data.reportedOn, 'reportedOn', command.metadata.now, state.status === 'left' ? state.lastMovedOn : null);
  requireBranchServing(facts.branch, branchUnitId, communityId, reportedOn);
  const workUnit = requireText(command.data.workUnit, 'workUnit');
  const rank = requireOneOf(command.data.rank, memberRanks, 'rank');
  return [{ type: 'organizations.MemberReportedBack', data: { memberId, person, branchUnitId, communityId, workUnit, rank, reportedOn } }];
}

/** Moves an active member to the branch of another estate; a service post ends with the move. */
export function transferMember(command: TransferMember, state: Member): (ServicePostRelinquished | MemberTransferred)[] {
  const member = requireActive(state, command.data.memberId);
  const { toBranchUnitId, toCommunityId, facts } = command.data;
  if (toBranchUnitId === member.branchUnitId && toCommunityId === member.communityId) {
    throw new DomainRuleViolation('AlreadyInBranch', `member ${member.memberId} already belongs to branch ${toBranchUnitId} for ${toCommunityId}`);
  }
  const transferredOn = requireDate(command.data.transferredOn, 'transferredOn', command.metadata.now, member.lastMovedOn);
  requireBranchServing(facts.branch, toBranchUnitId, toCommunityId, transferredOn);
  const { memberId, branchUnitId: fromBranchUnitId, communityId: fromCommunityId } = member;
  return [
    ...postEnds(member, transferredOn),
    { type: 'organizations.MemberTransferred', data: { memberId, fromBranchUnitId, toBranchUnitId, fromCommunityId, toCommunityId, transferredOn } },
  ];
}

/** An active member leaves the branch, with a reason; a service post ends with it. */
export function leaveBranch(command: LeaveBranch, state: Member): (ServicePostRelinquished | MemberLeft)[] {
  const member = requireActive(state, command.data.memberId);
  const leftOn = requireDate(command.data.leftOn, 'leftOn', command.metadata.now, member.lastMovedOn);
  const reason = requireText(command.data.reason, 'reason', 500);
  return [...postEnds(member, leftOn), { type: 'organizations.MemberLeft', data: { memberId: member.memberId, branchUnitId: member.branchUnitId, leftOn, reason } }];
}

/** The member has reported back at least once. */
export function requireKnown(state: Member, memberId: string): KnownMember {
  if (state.status === 'none') throw new NotFound('Member', memberId);
  return state;
}

/** The member is active in a branch now. */
export function requireActive(state: Member, memberId: string): ActiveMember {
  const member = requireKnown(state, memberId);
  if (member.status !== 'active') throw new DomainRuleViolation('MemberNotActive', `member ${memberId} has left`);
  return member;
}

/** A valid date, not in the future and, when `notBefore` is given, not before it. */
export function requireDate(value: string, field: string, now: string, notBefore: string | null): string {
  const date = requireIsoDate(value, field);
  requireNotInFuture(date, now, field);
  if (notBefore !== null && date < notBefore) throw new DomainRuleViolation('DateBeforeStart', `${field} ${date} is before ${notBefore}`);
  return date;
}

function postEnds(member: ActiveMember, on: string): ServicePostRelinquished[] {
  if (member.post === null) return [];
  return [{ type: 'organizations.ServicePostRelinquished', data: { memberId: member.memberId, branchUnitId: member.branchUnitId, post: member.post.post, relinquishedOn: on } }];
}

const phonePattern = /^\+?[0-9][0-9 -]{4,19}$/;

function requirePerson(person: Person): Person {
  const subjectId = requireText(person?.subjectId, 'person.subjectId', 100);
  const name = requireText(person.name, 'person.name', 50);
  const phone = person.phone === null || person.phone === undefined ? null : person.phone.trim();
  if (phone !== null && !phonePattern.test(phone)) throw new DomainRuleViolation('InvalidPhone', 'person.phone is not a phone number');
  return { subjectId, name, phone };
}

function requireBranchServing(branch: UnitFacts | null, branchUnitId: string, communityId: string, on: string): void {
  if (branch === null || branch.unitId !== branchUnitId) throw new NotFound('OrgUnit', branchUnitId);
  if (branch.status !== 'active') throw new DomainRuleViolation('BranchNotActive', `branch ${branchUnitId} is dissolved`);
  if (!servesResidentialCommunities(branch.type)) throw new DomainRuleViolation('NotAResidentialBranch', `members report back to a residential-community branch, not a ${branch.type}`);
  if (!branch.servedCommunityIds.includes(communityId)) {
    throw new DomainRuleViolation('BranchDoesNotServeCommunity', `branch ${branchUnitId} does not serve residential community ${communityId}`);
  }
  if (on < branch.establishedFrom) throw new DomainRuleViolation('DateBeforeStart', `branch ${branchUnitId} exists only from ${branch.establishedFrom}`);
}
