import { DomainRuleViolation } from '@linli/domain-kernel';
import { requireOneOf, requireText } from '../values.js';

// The self-governing bodies of an estate list their members by subject id (never by name: personal
// data lives with the person, not in every body that person sits on).

/** Roles on the owners' committee (主任 / 副主任 / 委员) and on the property committee. */
export const committeeRoles = ['director', 'deputy_director', 'member'] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

/** Roles on the owners' supervisory board (监事长 / 监事). */
export const boardRoles = ['chair', 'member'] as const;
export type BoardRole = (typeof boardRoles)[number];

export interface BodyMember<Role extends string> {
  readonly subjectId: string;
  readonly role: Role;
}

/** The national guidance (业主大会和业主委员会指导规则): an owners' committee has an odd number of members, 5 to 11. */
export const ownersCommitteeSize = { min: 5, max: 11 } as const;
/** …and a term of at most five years. */
export const ownersCommitteeMaxTermYears = 5;

/** Checks a body's member list: known roles, no one twice, exactly one head (director or chair). */
export function requireMembers<Role extends string>(members: readonly BodyMember<Role>[], roles: readonly Role[], head: Role): BodyMember<Role>[] {
  if (!Array.isArray(members) || members.length === 0) throw new DomainRuleViolation('NoMembers', 'a body needs at least one member');
  const checked = members.map((member) => ({ subjectId: requireText(member.subjectId, 'subjectId', 100), role: requireOneOf(member.role, roles, 'role') }));
  if (new Set(checked.map((member) => member.subjectId)).size !== checked.length) throw new DomainRuleViolation('DuplicateMember', 'a subject is listed twice');
  const heads = checked.filter((member) => member.role === head).length;
  if (heads !== 1) throw new DomainRuleViolation('OneHeadRequired', `a body needs exactly one ${head}, got ${heads}`);
  return checked;
}

/** Checks an owners' committee's size against the guidance. */
export function requireOwnersCommitteeSize(count: number): void {
  const { min, max } = ownersCommitteeSize;
  if (count < min || count > max || count % 2 === 0) {
    throw new DomainRuleViolation('CommitteeSizeInvalid', `an owners' committee has an odd number of members from ${min} to ${max}, got ${count}`);
  }
}
