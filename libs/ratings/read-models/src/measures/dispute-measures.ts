import type { Indicators } from '@linli/ratings-domain';
import type { CommunityFacts, DisputeFact } from '../facts/community-facts.js';
import { localDateOf, within } from '../support/dates.js';
import { inLogOrder } from '../support/evidence.js';
import { valuesOf } from '../support/maps.js';
import { average, measured, median, noData, ratio, type Period } from './measure.js';

/** Levels 0–2 are the low levels (residents, the committees, the joint level). */
const LOW_LEVEL = 2;

const dayOf = (fact: DisputeFact): string => localDateOf(fact.at);
const isIntake = (fact: DisputeFact): boolean => fact.kind === 'reported' || fact.kind === 'accepted';
const ofKind = (facts: readonly DisputeFact[], kind: DisputeFact['kind']) => facts.filter((f) => f.kind === kind);

/** A dispute was being handled at some time in the period: reported by its end, not closed before it started. */
function activeIn(facts: readonly DisputeFact[], period: Period): boolean {
  const reported = facts.some((f) => isIntake(f) && dayOf(f) <= period.last);
  const ended = facts.filter((f) => f.kind === 'closed' || f.kind === 'rejected' || f.kind === 'withdrawn').some((f) => dayOf(f) < period.first);
  return reported && !ended;
}

/** The dispute measures of a community for a period, from each dispute's events. */
export function disputeIndicators(facts: CommunityFacts | null, period: Period): Indicators {
  const disputes = valuesOf(facts?.disputes).map((events) => inLogOrder(valuesOf(events)));
  const accepted = disputes.filter((d) => ofKind(d, 'accepted').some((f) => within(dayOf(f), period)) && !ofKind(d, 'withdrawn').some((f) => dayOf(f) <= period.last));
  const resolvedOf = (d: readonly DisputeFact[]) => ofKind(d, 'resolved').filter((f) => dayOf(f) <= period.last);
  const resolved = accepted.filter((d) => resolvedOf(d).length > 0);
  const resolutions = disputes.flatMap((d) => ofKind(d, 'resolved').filter((f) => within(dayOf(f), period)));
  const low = resolutions.filter((f) => (f.level ?? Infinity) <= LOW_LEVEL);
  const ratings = disputes.flatMap((d) => ofKind(d, 'satisfaction').filter((f) => within(dayOf(f), period)));
  const active = disputes.filter((d) => activeIn(d, period));
  const overdue = active.filter((d) => ofKind(d, 'overdue').some((f) => within(dayOf(f), period)));
  const days = median(resolutions.map((f) => f.days ?? 0));
  const satisfaction = average(ratings.map((f) => f.score ?? 0));
  return {
    dispute_resolution_rate: ratio(resolved.length, accepted.length, [...accepted.flatMap((d) => ofKind(d, 'accepted')), ...resolved.flatMap(resolvedOf)]),
    low_level_resolution_share: ratio(low.length, resolutions.length, resolutions),
    median_days_to_resolve: days === null ? noData : measured(days, resolutions),
    satisfaction_average: satisfaction === null ? noData : measured(satisfaction, ratings),
    overdue_count: active.length === 0 ? noData : measured(overdue.length, [...active.flatMap((d) => d.filter(isIntake)), ...overdue.flatMap((d) => ofKind(d, 'overdue').filter((f) => within(dayOf(f), period)))]),
  };
}
