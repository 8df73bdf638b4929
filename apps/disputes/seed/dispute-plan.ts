import { deadlineOnEntering, type DeadlineInputs, type DisputeCategory, type Urgency } from '@linli/disputes-domain';
import { randomFor, type Random } from './random.js';
import { CATEGORY_WEIGHTS, CHANNEL_WEIGHTS, departmentFor, descriptionOf, personFor, STARTING_LEVEL_WEIGHTS } from './yugan-vocabulary.js';
import { Timeline } from './timeline.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One command of a seeded dispute's life: where to send it, what, and its business time. */
export interface SeedStep {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface SeedCommunity {
  readonly id: string;
  readonly pilot: boolean;
}

export interface DisputePlan {
  readonly disputeId: string;
  readonly steps: readonly SeedStep[];
}

/** What every plan is drawn from: the seed, the end of the year played, the deadline rules of the server. */
export interface PlanSettings {
  readonly seed: number;
  /** The year played ends here (ms); nothing is planned after it. */
  readonly until: number;
  readonly deadlines: DeadlineInputs;
  readonly disputeId: (n: number) => string;
  /** How many days before `until` disputes are reported (365: one year). */
  readonly days?: number;
}

/** The whole life of dispute number `n` of a community, drawn from the seed, cut off at `until`. */
export function planDispute(n: number, community: SeedCommunity, settings: PlanSettings): DisputePlan {
  const random = randomFor(settings.seed, `dispute/${n}`);
  const disputeId = settings.disputeId(n);
  const path = (verb?: string) => (verb ? `/disputes/${disputeId}/${verb}` : '/disputes');
  const line = new Timeline(settings.until);
  const category = random.weighted(CATEGORY_WEIGHTS);
  const urgency: Urgency = category === 'training_class_in_residential_building' || random.chance(0.12) ? 'urgent' : 'normal';
  const channel = random.weighted(CHANNEL_WEIGHTS);
  const reportedAt = settings.until - random.int(1, settings.days ?? 365) * DAY + random.int(8, 20) * HOUR + random.int(0, 59) * 60_000;
  const parties = [{ subjectId: `subj-${settings.seed}-${n}-1`, role: 'reporter', ...personFor(random) }];
  if (random.chance(0.7)) parties.push({ subjectId: `subj-${settings.seed}-${n}-2`, role: 'respondent', ...personFor(random) });
  line.add(path(), {
    disputeId, communityId: community.id, category, description: descriptionOf(category, random), urgency, channel, parties,
    ...(channel === 'hotline_12345' && { hotlineTicketId: `YG-${settings.seed}-${n}` }),
  }, reportedAt);
  if (random.chance(0.03)) {
    line.add(path('reject'), { reason: 'a private matter outside community governance' }, reportedAt + random.int(2, 20) * HOUR);
    return { disputeId, steps: line.steps };
  }
  const level = random.weighted(STARTING_LEVEL_WEIGHTS);
  const enteredAt = reportedAt + random.int(1, 20) * HOUR;
  line.add(path('accept'), { category, level, ...(level === 4 && { department: departmentFor(category) }) }, enteredAt);
  if (random.chance(0.7)) line.add(path('assign-mediator'), { mediatorId: `med-${community.id}-${random.int(1, 3)}` }, enteredAt + random.int(1, 3) * HOUR);
  if (random.chance(0.03)) {
    line.add(path('withdraw'), { subjectId: parties[0]?.subjectId, reason: 'settled between neighbours' }, enteredAt + random.int(4, 48) * HOUR);
    return { disputeId, steps: line.steps };
  }
  const ladder = { random, line, path, category, urgency, deadlines: settings.deadlines, pilot: community.pilot };
  const resolvedAtLevel = climbAndResolve(ladder, level, enteredAt);
  afterResolution(ladder, parties.map((p) => p.subjectId), resolvedAtLevel, line.last);
  return { disputeId, steps: line.steps };
}

interface Ladder {
  readonly random: Random;
  readonly line: Timeline;
  readonly path: (verb?: string) => string;
  readonly category: DisputeCategory;
  readonly urgency: Urgency;
  readonly deadlines: DeadlineInputs;
  readonly pilot: boolean;
}

const dueOf = (l: Ladder, level: number, at: number): number =>
  Date.parse(deadlineOnEntering(new Date(at).toISOString(), { category: l.category, urgency: l.urgency, level: level as 0 }, l.deadlines).dueAt);

/**
 * Handles the dispute level by level: resolved in time, escalated by hand, or overdue (and then
 * escalated automatically at 0–2); returns the level it was resolved at.
 */
function climbAndResolve(l: Ladder, startLevel: number, startAt: number): number {
  let [level, enteredAt, wasOverdue] = [startLevel, startAt, false];
  for (let round = 0; round < 5; round++) {
    const due = dueOf(l, level, enteredAt);
    const fate = wasOverdue ? 'resolve' : l.random.weighted([['resolve', l.pilot ? 80 : 68], ['escalate', level < 4 ? 14 : 0], ['overdue', l.pilot ? 6 : 12]] as const);
    const within = (from: number) => from + l.random.next() * Math.max(HOUR, due - HOUR - from);
    if (fate === 'escalate') {
      enteredAt = within(enteredAt + 4 * HOUR);
      level++;
      l.line.add(l.path('escalate'), { toLevel: level, reason: 'no agreement at this level', ...(level === 4 && { department: departmentFor(l.category) }) }, enteredAt);
      continue;
    }
    const overdueHere = fate === 'overdue';
    if (overdueHere) {
      const checkedAt = due + l.random.int(5, 360) * 60_000;
      l.line.add(l.path('mark-overdue'), { dueAt: new Date(due).toISOString() }, checkedAt);
      wasOverdue = true;
      const escalates = level <= 2 && l.deadlines.policy.autoEscalateWhenOverdue;
      [level, enteredAt] = [escalates ? level + 1 : level, checkedAt];
      if (escalates) continue;
    }
    const sessionAt = overdueHere ? enteredAt + HOUR : within(enteredAt + 2 * HOUR);
    if (l.random.chance(0.5)) {
      l.line.add(l.path('record-session'), { sessionDate: chinaDate(sessionAt), attendeeIds: ['mediator', 'reporter', 'respondent'], outcomeNotes: 'both sides heard; proposal made' }, sessionAt);
    }
    const resolveAt = overdueHere ? sessionAt + l.random.int(2, 72) * HOUR : within(sessionAt + HOUR);
    const outcome = level === 4 ? 'handled_by_department' : l.random.weighted([['agreement_reached', 60], ['rectified', 30], ['complaint_unfounded', 10]] as const);
    l.line.add(l.path('resolve'), { outcome, agreementSummary: 'what was agreed is recorded in the mediation file' }, resolveAt);
    return level;
  }
  return level;
}

/** Ratings, closing, and now and then a recurrence that reopens the dispute. */
function afterResolution(l: Ladder, subjectIds: readonly string[], level: number, resolvedAt: number): void {
  const later = (minDays: number, maxDays: number) => resolvedAt + (minDays + l.random.next() * (maxDays - minDays)) * DAY;
  const score = () => l.random.weighted(l.pilot ? [[5, 50], [4, 35], [3, 10], [2, 3], [1, 2]] as const : [[5, 35], [4, 35], [3, 17], [2, 8], [1, 5]] as const);
  const steps = subjectIds
    .filter((_, i) => l.random.chance(i === 0 ? 0.7 : 0.35))
    .map((subjectId) => ({ path: l.path('rate-satisfaction'), body: { subjectId, score: score() }, at: later(0.2, 10) }));
  const closing = l.random.chance(0.85) ? { path: l.path('close'), body: {}, at: later(2, 12) } : undefined;
  for (const step of [...steps, ...(closing ? [closing] : [])].sort((a, b) => a.at - b.at)) l.line.add(step.path, step.body, step.at);
  if (!closing || !l.random.chance(0.06)) return;
  const reopenedAt = closing.at + l.random.int(2, 25) * DAY;
  l.line.add(l.path('reopen'), { reason: 'the matter recurred' }, reopenedAt);
  const due = dueOf(l, level, reopenedAt);
  l.line.add(l.path('resolve'), { outcome: 'rectified', agreementSummary: 'the cause was removed for good' }, reopenedAt + l.random.next() * Math.max(HOUR, due - reopenedAt - HOUR));
  if (l.random.chance(0.8)) l.line.add(l.path('close'), {}, l.line.last + l.random.int(2, 10) * DAY);
}

/** The date in China (UTC+8) of an instant. */
const chinaDate = (at: number): string => new Date(at + 8 * HOUR).toISOString().slice(0, 10);
