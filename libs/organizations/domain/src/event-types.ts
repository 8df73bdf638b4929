import type { MemberEvent } from './member/member.events.js';
import type { OrgUnitEvent } from './org-unit/org-unit.events.js';
import type { ReceptionDayEvent } from './reception-day/reception-day.events.js';
import type { ResidentialCommunityEvent } from './residential-community/residential-community.events.js';

/** Every event the context stores. */
export type OrganizationsEvent = OrgUnitEvent | ResidentialCommunityEvent | MemberEvent | ReceptionDayEvent;

// A record keyed by every event type: the compiler refuses a missing or stray name, so the list
// stays complete for subscription filters and upcasters.
const eventTypeRecord: Record<OrganizationsEvent['type'], true> = {
  'organizations.UnitEstablished': true,
  'organizations.UnitUpgraded': true,
  'organizations.UnitRenamed': true,
  'organizations.UnitDissolved': true,
  'organizations.ResidentialCommunityRegistered': true,
  'organizations.PilotDesignated': true,
  'organizations.PilotWithdrawn': true,
  'organizations.OwnersCommitteeElected': true,
  'organizations.OwnersCommitteeReElected': true,
  'organizations.OwnersCommitteeDissolved': true,
  'organizations.SupervisoryBoardFormed': true,
  'organizations.PropertyCommitteeFormed': true,
  'organizations.MemberReportedBack': true,
  'organizations.MemberTransferred': true,
  'organizations.MemberLeft': true,
  'organizations.ServicePostTaken': true,
  'organizations.ServicePostRelinquished': true,
  'organizations.ServiceHoursRecorded': true,
  'organizations.MemberPerformanceAssessed': true,
  'organizations.MemberPerformanceAssessmentAmended': true,
  'organizations.ReceptionDayScheduled': true,
  'organizations.ReceptionDayHeld': true,
  'organizations.ReceptionMatterRecorded': true,
  'organizations.ReceptionDayCancelled': true,
};

/** The stored type names of every organizations event. */
export const organizationsEventTypes = Object.keys(eventTypeRecord) as OrganizationsEvent['type'][];

/** Where a stored event holds personal data, and whose: the fields to encrypt or erase per subject (PIPL). */
export interface PersonalDataRule {
  /** Path to the pseudonymous subject id that owns the fields. */
  readonly subjectPath: string;
  readonly fields: readonly string[];
}

/**
 * Every organizations event type that holds personal data; events not listed hold none (bodies and
 * reception days name people by subject id only). No decision reads these fields, so erasing them
 * leaves every replayed state unchanged.
 */
export const personalDataPolicy: Readonly<Partial<Record<OrganizationsEvent['type'], readonly PersonalDataRule[]>>> = {
  'organizations.MemberReportedBack': [{ subjectPath: 'person.subjectId', fields: ['person.name', 'person.phone'] }],
};

/** The prefix of every organizations stream name, for readers that filter by stream. */
export const organizationsStreamPrefix = 'organizations.';
