import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import fc from 'fast-check';
import { isEscalationLevel, TOP_LEVEL } from '../../vocabulary.js';
import { disputeDecider } from '../dispute.js';
import type { DisputeEvent } from '../events.js';
import type { Dispute } from '../state.js';
import { neighbour, report, reporter, respondent } from '../testing/fixtures.js';
import { story, toCommand } from '../testing/random-commands.js';

const parties = [reporter.subjectId, respondent.subjectId, neighbour.subjectId];
const START = Date.parse('2025-09-20T09:00:00+08:00');

// Random stories of commands (valid and invalid) are decided and folded; rule violations are
// expected answers, and the history that results must keep every invariant below.

/** Watches a history as it is decided, failing on the first broken invariant. */
class Invariants {
  private lastLevel = -1;
  private readonly overdueLevels = new Set<string>();
  private readonly ratings = new Set<string>();
  readonly seen = new Set<string>();

  /** Checks an event against the state it applies to, and the state it leads to. */
  apply(before: Dispute, event: DisputeEvent): Dispute {
    this.seen.add(event.type);
    const cycle = 'reopenCount' in before ? before.reopenCount : 0;
    switch (event.type) {
      case 'disputes.DisputeEscalated':
        expect(event.data.toLevel).toBe(event.data.fromLevel + 1);
        expect(event.data.toLevel).toBeLessThanOrEqual(TOP_LEVEL);
        break;
      case 'disputes.DisputeBecameOverdue': {
        const key = `${cycle}:${event.data.level}`;
        expect(this.overdueLevels.has(key)).toBe(false); // overdue at most once per level (per opening)
        this.overdueLevels.add(key);
        break;
      }
      case 'disputes.DisputeResolved':
        expect(before.status).toBe('open');
        break;
      case 'disputes.HotlineTicketAnswered': // right after the resolution it answers, for a hotline dispute only
        expect(before).toMatchObject({ status: 'resolved', hotlineTicketId: event.data.hotlineTicketId });
        break;
      case 'disputes.SatisfactionRated': {
        expect(parties).toContain(event.data.subjectId);
        const key = `${cycle}:${event.data.subjectId}`;
        expect(this.ratings.has(key)).toBe(false); // once each per resolution
        this.ratings.add(key);
        break;
      }
    }
    return this.check(disputeDecider.evolve(before, event));
  }

  private check(state: Dispute): Dispute {
    if ('level' in state) {
      expect(isEscalationLevel(state.level)).toBe(true);
      expect(state.level).toBeGreaterThanOrEqual(this.lastLevel); // never decreases, reopenings included
      this.lastLevel = state.level;
    }
    if (state.status === 'open') expect(state).not.toHaveProperty('resolvedAt'); // never open and resolved at once
    if (state.status === 'resolved' || state.status === 'closed') expect(state).not.toHaveProperty('dueAt');
    return state;
  }
}

/** Plays a random story through decide and evolve; rule violations are expected, anything else is a bug. */
function play([{ urgency, hotline }, steps]: [{ urgency: 'normal' | 'urgent'; hotline: boolean }, { intent: Parameters<typeof toCommand>[0]; hoursLater: number }[]]) {
  const invariants = new Invariants();
  const first = report({ urgency, ...(hotline && { channel: 'hotline_12345' as const, hotlineTicketId: 'T-1' }) });
  let state = invariants.apply(disputeDecider.initialState(), disputeDecider.decide(first, disputeDecider.initialState())[0]!);
  let time = START;
  for (const { intent, hoursLater } of steps) {
    time += hoursLater * 3_600_000;
    const command = toCommand(intent, state, new Date(time).toISOString());
    let events: readonly DisputeEvent[];
    try {
      events = disputeDecider.decide(command, state);
    } catch (error) {
      if (error instanceof DomainRuleViolation || error instanceof NotFound) continue;
      throw error;
    }
    expect(disputeDecider.decide(command, state)).toEqual(events); // deterministic
    for (const event of events) state = invariants.apply(state, event);
  }
  return invariants;
}

describe('any sequence of commands on a dispute', () => {
  it('keeps the level in 0–4 and never lowers it, is never open and resolved at once, is overdue at most once per level, and is rated only by parties, once each', () =>
    fc.assert(fc.property(story, (s) => void play(s)), { numRuns: 800 }));

  it('reaches every kind of event, so the properties above are not vacuous', () => {
    const seen = new Set<string>();
    for (const s of fc.sample(story, { numRuns: 500, seed: 42 })) for (const type of play(s).seen) seen.add(type);
    expect([...seen].sort()).toEqual([
      'disputes.DisputeAccepted', 'disputes.DisputeBecameOverdue', 'disputes.DisputeClosed', 'disputes.DisputeEscalated',
      'disputes.DisputeRejected', 'disputes.DisputeReopened', 'disputes.DisputeReported', 'disputes.DisputeResolved',
      'disputes.DisputeWithdrawn', 'disputes.HotlineTicketAnswered', 'disputes.MediationSessionRecorded', 'disputes.MediatorAssigned', 'disputes.SatisfactionRated',
    ]);
  });
});
