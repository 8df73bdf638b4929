import { DomainRuleViolation } from '@linli/domain-kernel';
import { requireIsoDate, requireNotInFuture, requireText } from '../values.js';
import { committeeRoles, ownersCommitteeMaxTermYears, requireMembers, requireOwnersCommitteeSize } from './body-members.js';
import type { DissolveOwnersCommittee, ElectOwnersCommittee, ReElectOwnersCommittee } from './residential-community.commands.js';
import type { OwnersCommitteeDissolved, OwnersCommitteeElected, OwnersCommitteeReElected } from './residential-community.events.js';
import type { OwnersCommittee, RegisteredCommunity, ResidentialCommunity } from './residential-community.js';
import { requireRegistered } from './register.js';

/** Records the election of an owners' committee (业主委员会) where none sits. */
export function electOwnersCommittee(command: ElectOwnersCommittee, state: ResidentialCommunity): OwnersCommitteeElected[] {
  const community = requireRegistered(state, command.data.communityId);
  if (community.ownersCommittee !== null) {
    throw new DomainRuleViolation('OwnersCommitteeAlreadySitting', `term ${community.ownersCommittee.term} sits; record a re-election instead`);
  }
  const election = checkElection(command);
  if (community.lastDissolvedOn !== null && election.electedOn < community.lastDissolvedOn) {
    throw new DomainRuleViolation('DateBeforeStart', `the previous committee was dissolved on ${community.lastDissolvedOn}`);
  }
  return [{ type: 'organizations.OwnersCommitteeElected', data: { communityId: community.communityId, term: community.termsElected + 1, ...election } }];
}

/** Records the election of the next term of a sitting committee. */
export function reElectOwnersCommittee(command: ReElectOwnersCommittee, state: ResidentialCommunity): OwnersCommitteeReElected[] {
  const { community, committee } = requireSitting(state, command.data.communityId);
  const election = checkElection(command);
  if (election.electedOn < committee.electedOn || election.termStart <= committee.termStart) {
    throw new DomainRuleViolation('DateBeforeStart', `term ${committee.term} was elected on ${committee.electedOn} and started on ${committee.termStart}`);
  }
  return [{ type: 'organizations.OwnersCommitteeReElected', data: { communityId: community.communityId, term: committee.term + 1, ...election } }];
}

/** Records that the sitting committee was dissolved, with a reason. */
export function dissolveOwnersCommittee(command: DissolveOwnersCommittee, state: ResidentialCommunity): OwnersCommitteeDissolved[] {
  const { community, committee } = requireSitting(state, command.data.communityId);
  const dissolvedOn = requireIsoDate(command.data.dissolvedOn, 'dissolvedOn');
  requireNotInFuture(dissolvedOn, command.metadata.now, 'dissolvedOn');
  const reason = requireText(command.data.reason, 'reason', 500);
  if (dissolvedOn < committee.electedOn) throw new DomainRuleViolation('DateBeforeStart', `term ${committee.term} was elected on ${committee.electedOn}`);
  return [{ type: 'organizations.OwnersCommitteeDissolved', data: { communityId: community.communityId, term: committee.term, dissolvedOn, reason } }];
}

function requireSitting(state: ResidentialCommunity, communityId: string): { community: RegisteredCommunity; committee: OwnersCommittee } {
  const community = requireRegistered(state, communityId);
  if (community.ownersCommittee === null) throw new DomainRuleViolation('NoOwnersCommitteeSitting', `residential community ${communityId} has no sitting owners' committee`);
  return { community, committee: community.ownersCommittee };
}

function checkElection(command: ElectOwnersCommittee | ReElectOwnersCommittee): Omit<OwnersCommitteeElected['data'], 'communityId' | 'term'> {
  const members = requireMembers(command.data.members, committeeRoles, 'director');
  requireOwnersCommitteeSize(members.length);
  const electedOn = requireIsoDate(command.data.electedOn, 'electedOn');
  const termStart = requireIsoDate(command.data.termStart, 'termStart');
  const termEnd = requireIsoDate(command.data.termEnd, 'termEnd');
  requireNotInFuture(electedOn, command.metadata.now, 'electedOn');
  if (termStart < electedOn) throw new DomainRuleViolation('TermBeforeElection', `the term cannot start (${termStart}) before the election (${electedOn})`);
  if (termEnd <= termStart) throw new DomainRuleViolation('TermEndsBeforeStart', `the term must end after it starts (${termStart})`);
  // A five-year term from 2024-08-15 ends on 2029-08-14 at the latest (string order is date order here).
  const sameDayAfterMaxYears = `${Number(termStart.slice(0, 4)) + ownersCommitteeMaxTermYears}${termStart.slice(4)}`;
  if (termEnd >= sameDayAfterMaxYears) throw new DomainRuleViolation('TermTooLong', `a term lasts at most ${ownersCommitteeMaxTermYears} years (it must end before ${sameDayAfterMaxYears})`);
  return { members, electedOn, termStart, termEnd };
}
