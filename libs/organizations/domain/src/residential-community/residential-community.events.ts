import type { DomainEvent } from '@linli/domain-kernel';
import type { BodyMember, BoardRole, CommitteeRole } from './body-members.js';

export type ResidentialCommunityRegistered = DomainEvent<
  'organizations.ResidentialCommunityRegistered',
  { communityId: string; name: string; address: string; households: number; buildingCount: number; /** The community-level unit it sits under. */ communityUnitId: string }
>;

export type PilotDesignated = DomainEvent<'organizations.PilotDesignated', { communityId: string; designatedOn: string }>;
export type PilotWithdrawn = DomainEvent<'organizations.PilotWithdrawn', { communityId: string; withdrawnOn: string; reason: string }>;

interface CommitteeTerm {
  communityId: string;
  /** 1 for the first committee the estate ever elected, counting on across dissolutions. */
  term: number;
  members: BodyMember<CommitteeRole>[];
  electedOn: string;
  termStart: string;
  termEnd: string;
}
export type OwnersCommitteeElected = DomainEvent<'organizations.OwnersCommitteeElected', CommitteeTerm>;
export type OwnersCommitteeReElected = DomainEvent<'organizations.OwnersCommitteeReElected', CommitteeTerm>;
export type OwnersCommitteeDissolved = DomainEvent<'organizations.OwnersCommitteeDissolved', { communityId: string; term: number; dissolvedOn: string; reason: string }>;

export type SupervisoryBoardFormed = DomainEvent<'organizations.SupervisoryBoardFormed', { communityId: string; members: BodyMember<BoardRole>[]; formedOn: string }>;
export type PropertyCommitteeFormed = DomainEvent<'organizations.PropertyCommitteeFormed', { communityId: string; members: BodyMember<CommitteeRole>[]; formedOn: string }>;

export type ResidentialCommunityEvent =
  | ResidentialCommunityRegistered
  | PilotDesignated
  | PilotWithdrawn
  | OwnersCommitteeElected
  | OwnersCommitteeReElected
  | OwnersCommitteeDissolved
  | SupervisoryBoardFormed
  | PropertyCommitteeFormed;

/** Stream of one residential community (小区) with its pilot flag and self-governing bodies. */
export const residentialCommunityStreamName = (communityId: string): string => `organizations.residentialCommunity-${communityId}`;
