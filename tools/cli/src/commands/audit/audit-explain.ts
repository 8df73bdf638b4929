import { ratingAsOf, type CommunityAsOf, type RatingAsOf } from '@linli/ratings-read-models';
import { EXIT, type Args, type CliCommand, type Output } from '../../command.js';
import { boundsOf, periodOf, replayCommunity, rubricChoice } from './audit-as-of.js';

function explained(answer: RatingAsOf, replayed: CommunityAsOf) {
  return answer.rating.criteria.map((c) => ({
    criterionId: c.criterionId,
    criterionName: c.criterionName,
    measure: c.measure,
    value: c.value,
    points: c.points,
    reason: c.reason,
    events: c.evidence.map((e) => replayed.events.get(e.eventId) ?? { eventId: e.eventId, position: e.position, type: null, occurredAt: null, recordedAt: null }),
  }));
}

/** `linli audit explain`: the events behind each criterion of a community's rating. */
export const auditExplainCommand: CliCommand = {
  group: 'audit',
  name: 'explain',
  summary: 'list the events behind each criterion of a community rating',
  usage: '--community <id> --period <YYYY-H1|YYYY-H2> [--as-of <YYYY-MM-DD>] [--as-at <ISO instant>] [--rubric-id <id>] [--rubric-version <n>] [--prefix ratings] [--schema linli] [--json]\n  Exit 1: nothing known of the community, or no rubric version.',
  async run(args: Args, out: Output): Promise<number> {
    const bounds = boundsOf(args, false);
    const period = periodOf(args, bounds);
    const replayed = await replayCommunity(args, out, bounds);
    if (!replayed) return EXIT.unavailable;
    const answer = ratingAsOf(replayed, period, rubricChoice(args));
    if ('missing' in answer) {
      out.error(answer.detail);
      return EXIT.failed;
    }
    const criteria = explained(answer, replayed);
    const human = criteria.map((c) => [`${c.criterionId} (${c.measure}) = ${String(c.value)} → ${c.points} pts${c.reason ? ` — ${c.reason}` : ''}`, ...c.events.map((e) => `    ${String(e.position).padStart(16)}  ${String(e.occurredAt).padEnd(24)}  ${String(e.type).padEnd(36)} ${e.eventId}`)].join('\n'));
    out.print(`${answer.rating.communityId} ${period}: total ${answer.rating.total}, recommended ${answer.rating.recommendedStars}★\n${human.join('\n')}`, { communityId: answer.rating.communityId, period, total: answer.rating.total, computedFrom: answer.computedFrom, criteria });
    return EXIT.ok;
  },
};
