import { DomainRuleViolation } from '@linli/domain-kernel';
import { requireText } from '../values.js';
import type { RecordServiceHours, RelinquishServicePost, TakeServicePost } from './member.commands.js';
import type { ServiceHoursRecorded, ServicePostRelinquished, ServicePostTaken } from './member.events.js';
import type { Member } from './member.js';
import { requireActive, requireDate } from './membership.js';

/** The most one record may hold, and the most one day may hold. */
export const maxHoursPerDay = 24;

/** An active member takes a service post in the branch; one post at a time, the same post again changes nothing. */
export function takeServicePost(command: TakeServicePost, state: Member): ServicePostTaken[] {
  const member = requireActive(state, command.data.memberId);
  const post = requireText(command.data.post, 'post', 100);
  if (member.post?.post === post) return [];
  if (member.post !== null) throw new DomainRuleViolation('AlreadyHoldsServicePost', `member ${member.memberId} holds the post ${member.post.post}; relinquish it first`);
  const takenOn = requireDate(command.data.takenOn, 'takenOn', command.metadata.now, member.lastMovedOn);
  return [{ type: 'organizations.ServicePostTaken', data: { memberId: member.memberId, branchUnitId: member.branchUnitId, post, takenOn } }];
}

/** The member gives up the post held. */
export function relinquishServicePost(command: RelinquishServicePost, state: Member): ServicePostRelinquished[] {
  const member = requireActive(state, command.data.memberId);
  if (member.post === null) throw new DomainRuleViolation('NoServicePost', `member ${member.memberId} holds no service post`);
  const relinquishedOn = requireDate(command.data.relinquishedOn, 'relinquishedOn', command.metadata.now, member.post.takenOn);
  const data = { memberId: member.memberId, branchUnitId: member.branchUnitId, post: member.post.post, relinquishedOn };
  return [{ type: 'organizations.ServicePostRelinquished', data }];
}

/**
 * Records hours an active member served in the branch on one day. Hours come in quarter hours, which
 * floating point adds exactly, so a day's total never drifts past the limit by rounding.
 */
export function recordServiceHours(command: RecordServiceHours, state: Member): ServiceHoursRecorded[] {
  const member = requireActive(state, command.data.memberId);
  const { hours } = command.data;
  if (typeof hours !== 'number' || !Number.isInteger(hours * 4) || hours <= 0 || hours > maxHoursPerDay) {
    throw new DomainRuleViolation('InvalidServiceHours', `hours must be a positive number of quarter hours up to ${maxHoursPerDay}, got ${JSON.stringify(hours)}`);
  }
  const servedOn = requireDate(command.data.servedOn, 'servedOn', command.metadata.now, member.lastMovedOn);
  const activity = requireText(command.data.activity, 'activity', 200);
  const dayTotal = (member.hoursByDay[servedOn] ?? 0) + hours;
  if (dayTotal > maxHoursPerDay) throw new DomainRuleViolation('DayOverbooked', `${servedOn} would hold ${dayTotal} hours of service`);
  return [{ type: 'organizations.ServiceHoursRecorded', data: { memberId: member.memberId, branchUnitId: member.branchUnitId, hours, servedOn, activity } }];
}
