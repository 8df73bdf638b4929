/** The roles a token can carry; each is scoped to one org unit (and the units below it). */
export const ROLES = [
  'branch_secretary',
  'owners_committee',
  'property_manager',
  'mediator',
  'assessor',
  'auditor',
  'county_admin',
  'municipal_platform',
  'operator',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Roles whose work needs residents' names, phones and rooms (PIPL: purpose-bound, audited). */
export const ROLES_SEEING_PERSONAL_DATA: readonly Role[] = ['branch_secretary', 'mediator', 'county_admin'];

/** Who the authenticated caller is: taken from a verified token only, never from request headers. */
export interface Principal {
  /** The token's `sub`: a person, or a platform/service client id. */
  readonly subject: string;
  readonly role: Role;
  /** The org unit the token is scoped to: it may act on that unit and everything below it. */
  readonly unitId: string;
}
