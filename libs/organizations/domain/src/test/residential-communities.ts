import type { BodyMember, CommitteeRole } from '../residential-community/body-members.js';
import type {
  DesignatePilot,
  DissolveOwnersCommittee,
  ElectOwnersCommittee,
  FormPropertyCommittee,
  FormSupervisoryBoard,
  ReElectOwnersCommittee,
  RegisterResidentialCommunity,
  WithdrawPilot,
} from '../residential-community/residential-community.commands.js';
import type {
  OwnersCommitteeDissolved,
  OwnersCommitteeElected,
  OwnersCommitteeReElected,
  PilotDesignated,
  ResidentialCommunityRegistered,
} from '../residential-community/residential-community.events.js';
import { metadata } from './metadata.js';
import { communityCommittee } from './org-units.js';

// Builders for the residential community tests: Yingbin Garden (迎宾花园) under community-1.

const communityId = 'yingbin-garden';

export const fiveMembers: BodyMember<CommitteeRole>[] = [
  { subjectId: 's-1', role: 'director' },
  { subjectId: 's-2', role: 'deputy_director' },
  { subjectId: 's-3', role: 'member' },
  { subjectId: 's-4', role: 'member' },
  { subjectId: 's-5', role: 'member' },
];

export const registerCommunity = (data: Partial<RegisterResidentialCommunity['data']> = {}): RegisterResidentialCommunity => ({
  type: 'RegisterResidentialCommunity',
  data: { communityId, name: 'Yingbin Garden', address: '1 Yingbin Road, Yugan', households: 640, buildingCount: 12, communityUnitId: 'community-1', facts: { communityUnit: communityCommittee }, ...data },
  metadata: metadata(),
});

export const communityRegistered = (data: Partial<ResidentialCommunityRegistered['data']> = {}): ResidentialCommunityRegistered => ({
  type: 'organizations.ResidentialCommunityRegistered',
  data: { communityId, name: 'Yingbin Garden', address: '1 Yingbin Road, Yugan', households: 640, buildingCount: 12, communityUnitId: 'community-1', ...data },
});

export const designatePilot = (designatedOn = '2024-07-01'): DesignatePilot => ({ type: 'DesignatePilot', data: { communityId, designatedOn }, metadata: metadata() });
export const pilotDesignated = (designatedOn = '2024-07-01'): PilotDesignated => ({ type: 'organizations.PilotDesignated', data: { communityId, designatedOn } });
export const withdrawPilot = (data: Partial<WithdrawPilot['data']> = {}): WithdrawPilot => ({
  type: 'WithdrawPilot',
  data: { communityId, withdrawnOn: '2025-05-01', reason: 'programme ended', ...data },
  metadata: metadata(),
});

const term = { members: fiveMembers, electedOn: '2024-08-10', termStart: '2024-08-15', termEnd: '2029-08-14' };
export const electCommittee = (data: Partial<ElectOwnersCommittee['data']> = {}): ElectOwnersCommittee => ({
  type: 'ElectOwnersCommittee',
  data: { communityId, ...term, ...data },
  metadata: metadata(),
});
export const committeeElected = (data: Partial<OwnersCommitteeElected['data']> = {}): OwnersCommitteeElected => ({
  type: 'organizations.OwnersCommitteeElected',
  data: { communityId, term: 1, ...term, ...data },
});

const nextTerm = { members: fiveMembers, electedOn: '2025-05-20', termStart: '2025-06-01', termEnd: '2030-05-31' };
export const reElectCommittee = (data: Partial<ReElectOwnersCommittee['data']> = {}): ReElectOwnersCommittee => ({
  type: 'ReElectOwnersCommittee',
  data: { communityId, ...nextTerm, ...data },
  metadata: metadata(),
});
export const committeeReElected = (data: Partial<OwnersCommitteeReElected['data']> = {}): OwnersCommitteeReElected => ({
  type: 'organizations.OwnersCommitteeReElected',
  data: { communityId, term: 2, ...nextTerm, ...data },
});

export const dissolveCommittee = (data: Partial<DissolveOwnersCommittee['data']> = {}): DissolveOwnersCommittee => ({
  type: 'DissolveOwnersCommittee',
  data: { communityId, dissolvedOn: '2025-03-01', reason: 'the owners assembly recalled it', ...data },
  metadata: metadata(),
});
export const committeeDissolved = (data: Partial<OwnersCommitteeDissolved['data']> = {}): OwnersCommitteeDissolved => ({
  type: 'organizations.OwnersCommitteeDissolved',
  data: { communityId, term: 1, dissolvedOn: '2025-03-01', reason: 'the owners assembly recalled it', ...data },
});

export const formBoard = (data: Partial<FormSupervisoryBoard['data']> = {}): FormSupervisoryBoard => ({
  type: 'FormSupervisoryBoard',
  data: { communityId, members: [{ subjectId: 's-7', role: 'chair' }, { subjectId: 's-8', role: 'member' }, { subjectId: 's-9', role: 'member' }], formedOn: '2024-09-01', ...data },
  metadata: metadata(),
});

export const formPropertyCommittee = (data: Partial<FormPropertyCommittee['data']> = {}): FormPropertyCommittee => ({
  type: 'FormPropertyCommittee',
  data: { communityId, members: [{ subjectId: 's-10', role: 'director' }, { subjectId: 's-11', role: 'member' }, { subjectId: 's-12', role: 'member' }], formedOn: '2024-05-01', ...data },
  metadata: metadata(),
});
