import { gradeForScore, type CommitteeRole, type MemberRank } from '@linli/organizations-domain';
import { nameBasedUuid } from '../src/application/name-based-uuid.js';
import { addDays, apportion, dateBetween, termEnd, Random } from './random.js';
import { givenNames, matters, servicePosts, surnames, workUnits } from './yugan-names.js';
import type { CountyPlan, EstatePlan } from './yugan-plan.js';

// The people of the demo: owners' committees, members reporting back, reception days. Subject ids
// and names are synthetic (`yugan-<seed>-…`, random surname + given name).

export interface BodiesPlan {
  readonly estate: EstatePlan;
  readonly ownersCommittee: { members: { subjectId: string; role: CommitteeRole }[]; electedOn: string; termStart: string; termEnd: string } | null;
  readonly supervisoryBoard: { members: { subjectId: string; role: 'chair' | 'member' }[]; formedOn: string } | null;
  readonly propertyCommittee: { members: { subjectId: string; role: CommitteeRole }[]; formedOn: string } | null;
}

export interface MemberPlan {
  readonly key: string;
  readonly id: string;
  readonly estate: EstatePlan;
  readonly person: { subjectId: string; name: string; phone: string | null };
  readonly workUnit: string;
  readonly rank: MemberRank;
  readonly reportedOn: string;
  readonly post: { post: string; takenOn: string } | null;
  readonly assessment: { period: string; score: number; grade: string; reason: string } | null;
}

export interface ReceptionDayPlan {
  readonly key: string;
  readonly id: string;
  readonly estate: EstatePlan;
  readonly officialSubjectId: string;
  readonly scheduledFor: string;
  readonly venue: string;
  readonly held: { heldOn: string; matters: { matterId: string; category: string; summary: string; referToDisputes: boolean }[] } | null;
}

export const MEMBERS = 4_000;
export const DEPARTMENT_LEVEL = 1_300;
const SECTION_LEVEL = 1_700;

/** Owners' committees for every pilot and about half the other estates; boards and property committees beside them. */
export function planBodies(seed: number, random: Random, county: CountyPlan): BodiesPlan[] {
  return county.estates.map((estate, e) => {
    const subject = (body: string, k: number) => `yugan-${seed}-${body}-${e + 1}-${k + 1}`;
    const elected = estate.pilot || random.chance(0.55);
    const electedOn = dateBetween(random, '2022-03-01', '2024-12-31');
    const termStart = addDays(electedOn, random.int(0, 14));
    const size = random.pick([5, 7, 9]);
    const ownersCommittee = elected
      ? { members: Array.from({ length: size }, (_, k) => ({ subjectId: subject('owner', k), role: roleAt(k) })), electedOn, termStart, termEnd: termEnd(termStart, 5) }
      : null;
    const board = elected && (estate.pilot || random.chance(0.25));
    const supervisoryBoard = board ? { members: [0, 1, 2].map((k) => ({ subjectId: subject('supervisor', k), role: k === 0 ? ('chair' as const) : ('member' as const) })), formedOn: addDays(electedOn, 30) } : null;
    const propertyCommittee = !elected && random.chance(0.4) ? { members: [0, 1, 2].map((k) => ({ subjectId: subject('property', k), role: roleAt(k) })), formedOn: dateBetween(random, '2023-01-01', '2024-12-31') } : null;
    return { estate, ownersCommittee, supervisoryBoard, propertyCommittee };
  });
}

const roleAt = (k: number): CommitteeRole => (k === 0 ? 'director' : k === 1 ? 'deputy_director' : 'member');

/**
 * 4,000 members reported back, 1,300 of them department-level cadres, spread over the estates by
 * households; `scale` (the county's size against the article's) scales the counts.
 */
export function planMembers(seed: number, random: Random, county: CountyPlan, scale = 1): MemberPlan[] {
  const [total, department, section] = [MEMBERS, DEPARTMENT_LEVEL, SECTION_LEVEL].map((n) => Math.round(n * scale)) as [number, number, number];
  const perEstate = apportion(total, county.estates.map((estate) => estate.households));
  const ranks = random.shuffle<MemberRank>([...Array<MemberRank>(department).fill('department_level'), ...Array<MemberRank>(section).fill('section_level'), ...Array<MemberRank>(total - department - section).fill('other')]);
  const estates = county.estates.flatMap((estate, e) => Array<EstatePlan>(perEstate[e] ?? 0).fill(estate));
  return estates.map((estate, index) => {
    const key = `member-${index + 1}`;
    const branchFrom = estate.branch?.effectiveFrom ?? '2022-06-30';
    const reportedOn = dateBetween(random, addDays(branchFrom, 20), '2025-06-30');
    const phone = random.chance(0.85) ? `1${random.pick([3, 5, 8, 9])}${String(random.int(0, 999_999_999)).padStart(9, '0')}` : null;
    const score = random.int(55, 99);
    return {
      key,
      id: nameBasedUuid(`yugan:${seed}:${key}`),
      estate,
      person: { subjectId: `yugan-${seed}-person-${index + 1}`, name: `${random.pick(surnames)}${random.pick(givenNames)}`, phone },
      workUnit: random.pick(workUnits),
      rank: ranks[index] ?? 'other',
      reportedOn,
      post: random.chance(0.1) ? { post: random.pick(servicePosts), takenOn: minDate(addDays(reportedOn, random.int(10, 180)), '2025-09-30') } : null,
      assessment: random.chance(0.25) ? { period: '2025-H1', score, grade: gradeForScore(score), reason: 'half-year review of community service' } : null,
    };
  });
}

/** Two reception days per pilot: one held in May 2025 with the matters raised, one scheduled ahead. */
export function planReceptionDays(seed: number, random: Random, county: CountyPlan, members: readonly MemberPlan[]): ReceptionDayPlan[] {
  return county.estates
    .filter((estate) => estate.pilot)
    .flatMap((estate, p) => {
      const officials = members.filter((member) => member.estate === estate && member.rank === 'department_level');
      const official = () => (officials.length > 0 ? random.pick(officials).person.subjectId : `yugan-${seed}-official-${p + 1}`);
      const venue = '党群服务中心 Party and mass service centre';
      const heldOn = dateBetween(random, '2025-05-06', '2025-05-30');
      const raised = random.shuffle(matters).slice(0, 2).map(([category, summary], m) => ({ matterId: `matter-${m + 1}`, category, summary, referToDisputes: random.chance(0.5) }));
      const day = (n: number) => ({ key: `reception-day-${p + 1}-${n}`, id: nameBasedUuid(`yugan:${seed}:reception-day-${p + 1}-${n}`), estate, venue });
      return [
        { ...day(1), officialSubjectId: official(), scheduledFor: heldOn, held: { heldOn, matters: raised } },
        { ...day(2), officialSubjectId: official(), scheduledFor: '2026-12-15', held: null },
      ];
    });
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
