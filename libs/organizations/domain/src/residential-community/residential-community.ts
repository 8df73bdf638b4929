import { assertNever, type Decider } from '@linli/domain-kernel';
import type { BodyMember, BoardRole, CommitteeRole } from './body-members.js';
import type { ResidentialCommunityCommand } from './residential-community.commands.js';
import type { ResidentialCommunityEvent } from './residential-community.events.js';
import { designatePilot, registerResidentialCommunity, withdrawPilot } from './register.js';
import { dissolveOwnersCommittee, electOwnersCommittee, reElectOwnersCommittee } from './owners-committee.js';
import { formPropertyCommittee, formSupervisoryBoard } from './other-bodies.js';

export interface OwnersCommittee {
  readonly term: number;
  readonly members: readonly BodyMember<CommitteeRole>[];
  readonly electedOn: string;
  readonly termStart: string;
  readonly termEnd: string;
}

export interface FormedBody<Role extends string> {
  readonly members: readonly BodyMember<Role>[];
  readonly formedOn: string;
}

/** A residential community (小区) with its pilot flag and self-governing bodies. */
export type ResidentialCommunity =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly communityId: string;
      readonly name: string;
      readonly communityUnitId: string;
      readonly households: number;
      readonly buildingCount: number;
      readonly pilot: { readonly since: string } | null;
      /** The sitting owners' committee, if any. */
      readonly ownersCommittee: OwnersCommittee | null;
      /** How many committee terms the estate has elected, sitting or not. */
      readonly termsElected: number;
      /** When the last committee was dissolved: a new election cannot predate it. */
      readonly lastDissolvedOn: string | null;
      readonly supervisoryBoard: FormedBody<BoardRole> | null;
      readonly propertyCommittee: FormedBody<CommitteeRole> | null;
    };
export type RegisteredCommunity = Extract<ResidentialCommunity, { status: 'registered' }>;

export const initialResidentialCommunity = (): ResidentialCommunity => ({ status: 'none' });

export function decideResidentialCommunity(command: ResidentialCommunityCommand, state: ResidentialCommunity): ResidentialCommunityEvent[] {
  switch (command.type) {
    case 'RegisterResidentialCommunity':
      return registerResidentialCommunity(command, state);
    case 'DesignatePilot':
      return designatePilot(command, state);
    case 'WithdrawPilot':
      return withdrawPilot(command, state);
    case 'ElectOwnersCommittee':
      return electOwnersCommittee(command, state);
    case 'ReElectOwnersCommittee':
      return reElectOwnersCommittee(command, state);
    case 'DissolveOwnersCommittee':
      return dissolveOwnersCommittee(command, state);
    case 'FormSupervisoryBoard':
      return formSupervisoryBoard(command, state);
    case 'FormPropertyCommittee':
      return formPropertyCommittee(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveResidentialCommunity(state: ResidentialCommunity, event: ResidentialCommunityEvent): ResidentialCommunity {
  if (event.type === 'organizations.ResidentialCommunityRegistered') {
    const { communityId, name, communityUnitId, households, buildingCount } = event.data;
    const bodies = { ownersCommittee: null, termsElected: 0, lastDissolvedOn: null, supervisoryBoard: null, propertyCommittee: null };
    return { status: 'registered', communityId, name, communityUnitId, households, buildingCount, pilot: null, ...bodies };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'organizations.PilotDesignated':
      return { ...state, pilot: { since: event.data.designatedOn } };
    case 'organizations.PilotWithdrawn':
      return { ...state, pilot: null };
    case 'organizations.OwnersCommitteeElected':
    case 'organizations.OwnersCommitteeReElected': {
      const { term, members, electedOn, termStart, termEnd } = event.data;
      return { ...state, ownersCommittee: { term, members, electedOn, termStart, termEnd }, termsElected: term };
    }
    case 'organizations.OwnersCommitteeDissolved':
      return { ...state, ownersCommittee: null, lastDissolvedOn: event.data.dissolvedOn };
    case 'organizations.SupervisoryBoardFormed':
      return { ...state, supervisoryBoard: { members: event.data.members, formedOn: event.data.formedOn } };
    case 'organizations.PropertyCommitteeFormed':
      return { ...state, propertyCommittee: { members: event.data.members, formedOn: event.data.formedOn } };
    default:
      return assertNever(event);
  }
}

/** The residential community aggregate as a decider. */
export const residentialCommunityDecider: Decider<ResidentialCommunityCommand, ResidentialCommunityEvent, ResidentialCommunity> = {
  initialState: initialResidentialCommunity,
  decide: decideResidentialCommunity,
  evolve: evolveResidentialCommunity,
};

/** What other commands need to know about an estate, or null when it is not registered. */
export interface CommunityFacts {
  readonly communityId: string;
  readonly communityUnitId: string;
  readonly status: 'registered';
}

export function describeResidentialCommunity(state: ResidentialCommunity): CommunityFacts | null {
  return state.status === 'none' ? null : { communityId: state.communityId, communityUnitId: state.communityUnitId, status: state.status };
}

/** Whether the estate has an owners' committee whose term covers the date (a dissolved or lapsed one does not count). */
export function ownersCommitteeInOffice(state: ResidentialCommunity, date: string): boolean {
  const committee = state.status === 'registered' ? state.ownersCommittee : null;
  return committee !== null && committee.termStart <= date && date <= committee.termEnd;
}
