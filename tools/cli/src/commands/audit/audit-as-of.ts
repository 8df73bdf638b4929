import { boundsProblem, communityAsOf, ratingAsOf, ratingPeriodOf, ratingsReadModels, type CommunityAsOf, type RatingAsOf, type TimeBounds } from '@linli/ratings-read-models';
import { isRatingPeriod } from '@linli/ratings-domain';
import { EXIT, requireFlag, UsageError, type Args, type CliCommand, type Output } from '../../command.js';
import { openStore, readModelPrefix, Unavailable } from '../projections-support.js';
import { progressLine } from './audit-support.js';
import { ProgressMeter } from '@linli/audit-postgres';

const PROJECTIONS = ['community-rating'];

export function boundsOf(args: Args, required: boolean): TimeBounds {
  const asOf = args.flags['as-of'];
  const asAt = args.flags['as-at'];
  if (required && typeof asOf !== 'string') throw new UsageError('--as-of <business day YYYY-MM-DD> is required');
  const bounds: TimeBounds = { ...(typeof asOf === 'string' && { asOf }), ...(typeof asAt === 'string' && { asAt }) };
  if (asOf === true || asAt === true) throw new UsageError(`--${asOf === true ? 'as-of' : 'as-at'} needs a value`);
  const problem = boundsProblem(bounds);
  if (problem) throw new UsageError(`--${problem.field === 'asOf' ? 'as-of' : 'as-at'}: ${problem.message}`);
  return bounds;
}

export function periodOf(args: Args, bounds: TimeBounds): string {
  const flag = args.flags['period'];
  const period = typeof flag === 'string' ? flag : bounds.asOf ? ratingPeriodOf(bounds.asOf) : undefined;
  if (period === undefined) throw new UsageError('--period <YYYY | YYYY-H1 | YYYY-H2> is required');
  if (!isRatingPeriod(period)) throw new UsageError('--period must be a rating period: YYYY, YYYY-H1 or YYYY-H2');
  return period;
}

export function rubricChoice(args: Args): { rubricId?: string; rubricVersion?: number } {
  const id = args.flags['rubric-id'];
  const version = args.flags['rubric-version'];
  if (version !== undefined && (typeof version !== 'string' || !/^[1-9]\d{0,5}$/.test(version))) throw new UsageError('--rubric-version must be a whole number ≥ 1');
  return { ...(typeof id === 'string' && { rubricId: id }), ...(typeof version === 'string' && { rubricVersion: Number(version) }) };
}

/** Replays the community's history within the bounds (progress on stderr); null when the store is unreachable (reported). */
export async function replayCommunity(args: Args, out: Output, bounds: TimeBounds): Promise<CommunityAsOf | null> {
  const communityId = requireFlag(args, 'community');
  let store;
  try {
    store = await openStore(args);
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error;
    out.error(error.message);
    return null;
  }
  try {
    const meter = new ProgressMeter('replay', 0n, await store.headPosition());
    return await communityAsOf({
      store,
      models: ratingsReadModels(readModelPrefix(args)),
      communityId,
      bounds,
      onProgress: (p) => {
        meter.events = p.eventsRead;
        out.error(progressLine(meter.at(p.position)));
      },
    });
  } finally {
    await store.close();
  }
}

function describe(answer: RatingAsOf): string {
  const r = answer.rating;
  const bounds = [answer.asOf.asOf && `as of ${answer.asOf.asOf}`, answer.asOf.asAt && `as known at ${answer.asOf.asAt}`].filter(Boolean).join(', ') || 'now';
  const c = answer.computedFrom;
  return [
    `${r.communityId} ${r.period} ${bounds}: total ${r.total}, recommended ${r.recommendedStars}★, awarded ${r.awardedStars === null ? '—' : `${r.awardedStars}★`} (rubric ${r.rubric.rubricId} v${r.rubric.version})`,
    ...r.criteria.map((k) => `  ${k.criterionId.padEnd(22)} ${String(k.value).padEnd(12)} ${String(k.points).padStart(6)} pts  ${k.evidence.length} events`),
    `computed by projection ${c.projection} v${c.projectionVersion} from ${c.eventsApplied} events at positions ${c.firstPosition ?? '—'}…${c.lastPosition ?? '—'} (log read through ${c.readThrough})`,
  ].join('\n');
}

/** `linli audit as-of`: a read model as of a business day, as known at a system time, by bounded replay. */
export const auditAsOfCommand: CliCommand = {
  group: 'audit',
  name: 'as-of',
  summary: 'a community rating as of a business day (and as known at a system time), by bounded replay',
  usage:
    '--projection community-rating --community <id> --as-of <YYYY-MM-DD> [--as-at <ISO instant>] [--period <YYYY-H1|YYYY-H2>]\n' +
    '  [--rubric-id <id>] [--rubric-version <n>] [--prefix ratings] [--schema linli] [--json]\n' +
    '  Replays the log into a temporary projection with the read model\'s own code; the answer names the projection\n' +
    '  version and the positions it was computed from. The period defaults to the half-year of --as-of.\n' +
    '  Exit 1: nothing known of the community, or no rubric version, within the bounds.',
  async run(args: Args, out: Output): Promise<number> {
    const projection = requireFlag(args, 'projection');
    if (!PROJECTIONS.includes(projection)) throw new UsageError(`--projection must be one of: ${PROJECTIONS.join(', ')}`);
    const bounds = boundsOf(args, true);
    const period = periodOf(args, bounds);
    const choice = rubricChoice(args);
    const replayed = await replayCommunity(args, out, bounds);
    if (!replayed) return EXIT.unavailable;
    const answer = ratingAsOf(replayed, period, choice);
    if ('missing' in answer) {
      out.error(answer.detail);
      return EXIT.failed;
    }
    out.print(describe(answer), answer);
    return EXIT.ok;
  },
};
