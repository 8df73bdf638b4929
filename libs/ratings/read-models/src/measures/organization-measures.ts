import type { Indicators } from '@linli/ratings-domain';
import type { CommunityFacts } from '../facts/community-facts.js';
import type { MemberDoc } from '../projections/members.projection.js';
import type { UnitDoc } from '../projections/units.projection.js';
import { contains, daysOf, within } from '../support/dates.js';
import { inLogOrder, latest, type Source } from '../support/evidence.js';
import { valuesOf } from '../support/maps.js';
import { average, measured, noData, type Period } from './measure.js';

const BRANCH = 'residential_community_party_branch';
const BUILDING_GROUP = 'building_party_group';

/** A unit's type on a day (after its upgrades so far), or null when it did not exist then. */
function unitOn(unit: UnitDoc, day: string): { type: string; sources: Source[] } | null {
  const { established, dissolved } = unit;
  if (!established || established.effectiveFrom > day || (dissolved && dissolved.effectiveFrom <= day)) return null;
  const upgrades = inLogOrder(valuesOf(unit.upgrades)).filter((u) => u.effectiveFrom <= day);
  return { type: upgrades.at(-1)?.toType ?? established.unitType, sources: [established, ...upgrades] };
}

/** The estate a member belonged to on a day: the latest report-back or transfer by then, unless they had left. */
export function communityOfMember(member: MemberDoc, day: string): { communityId: string; source: Source } | null {
  if (member.left && member.left.leftOn <= day) return null;
  const memberships = valuesOf(member.memberships).filter((m) => m.since <= day);
  const current = memberships.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.position < b.position ? -1 : 1)).at(-1);
  return current ? { communityId: current.communityId, source: current } : null;
}

/** What the organizations events say about a community for a period; `units` and `members` are those linked to it. */
export function organizationIndicators(communityId: string, facts: CommunityFacts | null, units: readonly UnitDoc[], members: readonly MemberDoc[], period: Period): Indicators {
  const day = period.last;
  const registration = facts?.registration;
  const known = registration !== undefined || units.length > 0;
  const branches = units.map((u) => ({ unit: u, on: unitOn(u, day) })).filter((b) => b.on?.type === BRANCH && b.unit.servedCommunityIds?.includes(communityId));
  const branchIds = new Set(branches.map((b) => b.unit.unitId));
  const groups = units.map((u) => ({ unit: u, on: unitOn(u, day) })).filter((g) => g.on?.type === BUILDING_GROUP && branchIds.has(g.unit.parentUnitId ?? ''));
  const terms = valuesOf(facts?.committees).filter((t) => t.elected && t.elected.termStart <= day && t.elected.termEnd >= day && !(t.dissolved && t.dissolved.dissolvedOn <= day));
  const boards = valuesOf(facts?.bodies).filter((b) => b.body === 'supervisory_board' && b.formedOn <= day);
  const held = valuesOf(facts?.receptionDays).flatMap((d) => (d.held && within(d.held.heldOn, period) ? [d.held] : []));
  const present = members.map((m) => ({ member: m, at: communityOfMember(m, day) })).filter((m) => m.at?.communityId === communityId);
  const assessments = present.flatMap(({ member }) =>
    Object.entries(member.assessments ?? {}).flatMap(([assessed, byEvent]) => {
      const days = daysOf(assessed);
      const standing = latest(valuesOf(byEvent));
      return days && standing && contains(period, days) ? [standing] : [];
    }),
  );
  const perHundred = registration && registration.households > 0 ? (present.length * 100) / registration.households : null;
  const assessed = average(assessments.map((a) => a.score));
  return {
    branch_in_place: known ? measured(branches.length > 0, branches.flatMap((b) => b.on?.sources ?? [])) : noData,
    building_groups: known ? measured(groups.length, groups.flatMap((g) => g.on?.sources ?? [])) : noData,
    owners_committee_in_place: known ? measured(terms.length > 0, terms.flatMap((t) => (t.elected ? [t.elected] : []))) : noData,
    supervisory_board_in_place: known ? measured(boards.length > 0, boards) : noData,
    members_per_100_households: perHundred === null ? noData : measured(perHundred, [...(registration ? [registration] : []), ...present.map((m) => m.at?.source).filter((s): s is Source => s !== undefined)]),
    reception_days_held: known ? measured(held.length, held) : noData,
    member_assessment_average: assessed === null ? noData : measured(assessed, assessments),
  };
}
