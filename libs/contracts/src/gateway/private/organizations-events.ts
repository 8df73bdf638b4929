// The stored data of the organizations context's events, mirrored from
// libs/organizations/domain/src/{org-unit/org-unit,residential-community/residential-community,
// member/member,reception-day/reception-day}.events.ts. Contracts may not import a domain lib, so
// keep these in step with those files: the gateway reads them, its tests build fixtures from them.
// Personal data and free text are marked; the gateway never copies them. Codes use the public
// vocabularies, identical to the private ones today; an unknown code fails the contract check.
// The domain lib's gateway-mirror.ts fails the typecheck when its stored data drifts from this mirror.
import type { ASSESSMENT_GRADES, BRANCH_FORMATIONS, MEMBER_RANKS, RECEPTION_MATTER_CATEGORIES, UnitType } from '../../catalogue/index.js';

type Grade = (typeof ASSESSMENT_GRADES)[number];
interface BodyMember {
  subjectId: string;
  role: string;
}

export interface StoredUnitEstablished {
  unitId: string;
  type: UnitType;
  /** free text */
  name: string;
  parentUnitId: string | null;
  formation: (typeof BRANCH_FORMATIONS)[number] | null;
  servedCommunityIds: string[];
  effectiveFrom: string;
}
export interface StoredUnitUpgraded {
  unitId: string;
  fromType: UnitType;
  toType: UnitType;
  effectiveFrom: string;
}
/** free text: previousName, name */
export interface StoredUnitRenamed {
  unitId: string;
  previousName: string;
  name: string;
  effectiveFrom: string;
}
export interface StoredUnitDissolved {
  unitId: string;
  /** free text */
  reason: string;
  effectiveFrom: string;
}

export interface StoredResidentialCommunityRegistered {
  communityId: string;
  /** free text */
  name: string;
  /** free text */
  address: string;
  households: number;
  buildingCount: number;
  communityUnitId: string;
}
export interface StoredPilotDesignated {
  communityId: string;
  designatedOn: string;
}
export interface StoredPilotWithdrawn {
  communityId: string;
  withdrawnOn: string;
  /** free text */
  reason: string;
}
export interface StoredCommitteeTerm {
  communityId: string;
  term: number;
  /** pseudonymous subject ids */
  members: BodyMember[];
  electedOn: string;
  termStart: string;
  termEnd: string;
}
export interface StoredOwnersCommitteeDissolved {
  communityId: string;
  term: number;
  dissolvedOn: string;
  /** free text */
  reason: string;
}
export interface StoredBodyFormed {
  communityId: string;
  /** pseudonymous subject ids */
  members: BodyMember[];
  formedOn: string;
}

export interface StoredMemberReportedBack {
  memberId: string;
  /** personal data (PIPL): subjectId, name, phone */
  person: { subjectId: string; name: string; phone: string | null };
  branchUnitId: string;
  communityId: string;
  /** free text (the member's employer) */
  workUnit: string;
  rank: (typeof MEMBER_RANKS)[number];
  reportedOn: string;
}
export interface StoredMemberTransferred {
  memberId: string;
  fromBranchUnitId: string;
  toBranchUnitId: string;
  fromCommunityId: string;
  toCommunityId: string;
  transferredOn: string;
}
export interface StoredMemberLeft {
  memberId: string;
  branchUnitId: string;
  leftOn: string;
  /** free text */
  reason: string;
}
/** free text: post */
export interface StoredServicePostTaken {
  memberId: string;
  branchUnitId: string;
  post: string;
  takenOn: string;
}
/** free text: post */
export interface StoredServicePostRelinquished {
  memberId: string;
  branchUnitId: string;
  post: string;
  relinquishedOn: string;
}
/** free text: activity */
export interface StoredServiceHoursRecorded {
  memberId: string;
  branchUnitId: string;
  hours: number;
  servedOn: string;
  activity: string;
}
export interface StoredAssessment {
  memberId: string;
  period: string;
  score: number;
  grade: Grade;
  /** free text */
  reason: string;
  /** the assessing actor */
  assessorId: string;
  branchUnitId: string;
}
export interface StoredAssessmentAmended extends StoredAssessment {
  previousScore: number;
  previousGrade: Grade;
}

export interface StoredReceptionDayScheduled {
  receptionDayId: string;
  communityId: string;
  /** pseudonymous subject id */
  officialSubjectId: string;
  scheduledFor: string;
  /** free text */
  venue: string;
}
export interface StoredReceptionDayHeld {
  receptionDayId: string;
  communityId: string;
  heldOn: string;
}
export interface StoredReceptionMatterRecorded {
  receptionDayId: string;
  communityId: string;
  matterId: string;
  category: (typeof RECEPTION_MATTER_CATEGORIES)[number];
  /** free text */
  summary: string;
  referToDisputes: boolean;
  /** pseudonymous subject id */
  raisedBySubjectId: string | null;
  raisedOn: string;
}
export interface StoredReceptionDayCancelled {
  receptionDayId: string;
  communityId: string;
  /** free text */
  reason: string;
}

/**
 * The data the gateway reads, per stored type it maps. The organizations domain lib checks at compile time
 * that the data it stores still has all of it (libs/organizations/domain/src/gateway-mirror.ts).
 */
export interface OrganizationsStoredEvents {
  'organizations.UnitEstablished': StoredUnitEstablished;
  'organizations.UnitUpgraded': StoredUnitUpgraded;
  'organizations.UnitDissolved': StoredUnitDissolved;
  'organizations.ResidentialCommunityRegistered': StoredResidentialCommunityRegistered;
  'organizations.PilotDesignated': StoredPilotDesignated;
  'organizations.PilotWithdrawn': StoredPilotWithdrawn;
  'organizations.OwnersCommitteeElected': StoredCommitteeTerm;
  'organizations.OwnersCommitteeReElected': StoredCommitteeTerm;
  'organizations.OwnersCommitteeDissolved': StoredOwnersCommitteeDissolved;
  'organizations.SupervisoryBoardFormed': StoredBodyFormed;
  'organizations.PropertyCommitteeFormed': StoredBodyFormed;
  'organizations.MemberReportedBack': StoredMemberReportedBack;
  'organizations.MemberTransferred': StoredMemberTransferred;
  'organizations.MemberLeft': StoredMemberLeft;
  'organizations.MemberPerformanceAssessed': StoredAssessment;
  'organizations.MemberPerformanceAssessmentAmended': StoredAssessmentAmended;
  'organizations.ReceptionDayScheduled': StoredReceptionDayScheduled;
  'organizations.ReceptionDayHeld': StoredReceptionDayHeld;
  'organizations.ReceptionMatterRecorded': StoredReceptionMatterRecorded;
  'organizations.ReceptionDayCancelled': StoredReceptionDayCancelled;
}
