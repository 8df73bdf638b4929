import type { Command } from '@linli/domain-kernel';
import type { UnitFacts } from '../org-unit/org-unit.commands.js';
import type { BodyMember, BoardRole, CommitteeRole } from './body-members.js';

export type RegisterResidentialCommunity = Command<
  'RegisterResidentialCommunity',
  {
    communityId: string;
    name: string;
    address: string;
    households: number;
    buildingCount: number;
    communityUnitId: string;
    /** The community-level unit as looked up (see `describeUnit`); null when it names no unit. */
    facts: { communityUnit: UnitFacts | null };
  }
>;

export type DesignatePilot = Command<'DesignatePilot', { communityId: string; designatedOn: string }>;
export type WithdrawPilot = Command<'WithdrawPilot', { communityId: string; withdrawnOn: string; reason: string }>;

interface CommitteeElection {
  communityId: string;
  members: BodyMember<CommitteeRole>[];
  electedOn: string;
  termStart: string;
  termEnd: string;
}
export type ElectOwnersCommittee = Command<'ElectOwnersCommittee', CommitteeElection>;
export type ReElectOwnersCommittee = Command<'ReElectOwnersCommittee', CommitteeElection>;
export type DissolveOwnersCommittee = Command<'DissolveOwnersCommittee', { communityId: string; dissolvedOn: string; reason: string }>;

export type FormSupervisoryBoard = Command<'FormSupervisoryBoard', { communityId: string; members: BodyMember<BoardRole>[]; formedOn: string }>;
export type FormPropertyCommittee = Command<'FormPropertyCommittee', { communityId: string; members: BodyMember<CommitteeRole>[]; formedOn: string }>;

export type ResidentialCommunityCommand =
  | RegisterResidentialCommunity
  | DesignatePilot
  | WithdrawPilot
  | ElectOwnersCommittee
  | ReElectOwnersCommittee
  | DissolveOwnersCommittee
  | FormSupervisoryBoard
  | FormPropertyCommittee;
