import { periodRange, type RatingPeriod } from '@linli/ratings-domain';
import type { CommunityFacts, DisputeFact } from '../facts/community-facts.js';
import { contractsInForce } from '../measures/property-measures.js';
import { contains, daysOf, localDateOf } from '../support/dates.js';
import { inLogOrder } from '../support/evidence.js';
import { entryOf, valuesOf } from '../support/maps.js';

/** Counts per escalation level (0–4), plus reported disputes not yet placed on a level. */
export type ByLevel = Record<'0' | '1' | '2' | '3' | '4' | 'unplaced', number>;

/** The county's view of a period: stars, coverage, disputes and statements across its communities. */
export interface CountyDashboard {
  readonly period: RatingPeriod;
  /** The day the counts are taken on: the period's last day, or today for a period not over yet. */
  readonly asOf: string;
  readonly communities: number;
  /** Communities by the stars awarded for the period and in force; `unrated` has none. */
  readonly stars: Record<'1' | '2' | '3' | '4' | '5' | 'unrated', number>;
  readonly coverage: { readonly covered: number; readonly communities: number; readonly rate: number | null };
  readonly disputes: { readonly open: number; readonly openByLevel: ByLevel; readonly overdue: number; readonly overdueByLevel: ByLevel };
  readonly statements: { readonly published: number; readonly late: number; readonly communitiesWithLate: readonly string[] };
}

const emptyLevels = (): ByLevel => ({ '0': 0, '1': 0, '2': 0, '3': 0, '4': 0, unplaced: 0 });

/** A dispute as it stood at the end of a day: open or not, on which level, overdue there or not. */
export function disputeOn(events: readonly DisputeFact[], day: string): { open: boolean; level: number | null; overdue: boolean } {
  const state = { open: false, level: null as number | null, overdue: false };
  for (const fact of inLogOrder(events)) {
    if (localDateOf(fact.at) > day) continue;
    switch (fact.kind) {
      case 'reported':
        state.open = true;
        break;
      case 'accepted':
      case 'escalated':
      case 'reopened':
        Object.assign(state, { open: true, level: fact.level ?? state.level, overdue: false });
        break;
      case 'overdue':
        state.overdue = state.open;
        break;
      case 'resolved':
      case 'rejected':
      case 'withdrawn':
      case 'closed':
        Object.assign(state, { open: false, overdue: false });
        break;
      default:
        break;
    }
  }
  return state;
}

/** The dashboard of a period from every community's dashboard row; `today` bounds a period still running. */
export function countyDashboard(rows: readonly CommunityFacts[], period: RatingPeriod, today: string): CountyDashboard {
  const range = periodRange(period);
  if (!range) throw new RangeError(`not a rating period: ${period}`);
  const asOf = range.last < today ? range.last : today;
  const communities = rows.filter((row) => row.registration !== undefined);
  const stars = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, unrated: 0 };
  const openByLevel = emptyLevels();
  const overdueByLevel = emptyLevels();
  let covered = 0;
  for (const row of communities) {
    const award = entryOf(row.awards, period);
    stars[award?.status === 'awarded' ? (String(award.stars) as '1') : 'unrated'] += 1;
    if (contractsInForce(row, asOf).inForce) covered += 1;
  }
  for (const row of rows) {
    for (const events of valuesOf(row.disputes)) {
      const dispute = disputeOn(valuesOf(events), asOf);
      if (!dispute.open) continue;
      const level = dispute.level === null ? 'unplaced' : (String(dispute.level) as keyof ByLevel);
      openByLevel[level] += 1;
      if (dispute.overdue) overdueByLevel[level] += 1;
    }
  }
  const statements = rows.flatMap((row) =>
    valuesOf(row.statements)
      .filter((s) => {
        const days = daysOf(s.period);
        return days !== null && contains(range, days);
      })
      .map((s) => ({ communityId: row.communityId, onTime: s.onTime })),
  );
  const late = statements.filter((s) => !s.onTime);
  const sum = (levels: ByLevel) => Object.values(levels).reduce((a, b) => a + b, 0);
  return {
    period,
    asOf,
    communities: communities.length,
    stars,
    coverage: { covered, communities: communities.length, rate: communities.length > 0 ? covered / communities.length : null },
    disputes: { open: sum(openByLevel), openByLevel, overdue: sum(overdueByLevel), overdueByLevel },
    statements: { published: statements.length, late: late.length, communitiesWithLate: [...new Set(late.map((s) => s.communityId))].sort() },
  };
}
