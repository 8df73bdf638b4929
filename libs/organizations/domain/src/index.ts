// The organizations context's pure domain: four aggregates as deciders, their events, and the
// helpers the application needs to build commands (facts) and answer "as of" questions.

export * from './org-unit/unit-types.js';
export * from './org-unit/org-unit.events.js';
export * from './org-unit/org-unit.commands.js';
export { orgUnitDecider, initialOrgUnit, decideOrgUnit, evolveOrgUnit, describeUnit, type OrgUnit } from './org-unit/org-unit.js';
export { unitAsOf, orgTreeAsOf, type OrgTree, type OrgTreeNode } from './org-unit/org-tree.js';

export * from './residential-community/body-members.js';
export * from './residential-community/residential-community.events.js';
export * from './residential-community/residential-community.commands.js';
export {
  residentialCommunityDecider,
  initialResidentialCommunity,
  decideResidentialCommunity,
  evolveResidentialCommunity,
  describeResidentialCommunity,
  ownersCommitteeInOffice,
  type ResidentialCommunity,
  type RegisteredCommunity,
  type OwnersCommittee,
  type FormedBody,
  type CommunityFacts,
} from './residential-community/residential-community.js';

export * from './member/member-codes.js';
export * from './member/member.events.js';
export * from './member/member.commands.js';
export { memberDecider, initialMember, decideMember, evolveMember, type Member, type RecordedAssessment } from './member/member.js';
export { periodBounds } from './member/assessment.js';
export { maxHoursPerDay } from './member/service.js';

export * from './reception-day/matter-categories.js';
export * from './reception-day/reception-day.events.js';
export * from './reception-day/reception-day.commands.js';
export { receptionDayDecider, initialReceptionDay, decideReceptionDay, evolveReceptionDay, type ReceptionDay, type RecordedMatter } from './reception-day/reception-day.js';

export { isIsoDate, localDateOf } from './values.js';
export * from './event-types.js';
