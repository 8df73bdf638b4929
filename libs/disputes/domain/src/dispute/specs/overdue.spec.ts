import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import {
  accepted, becameOverdue, closed, endOf, escalate, escalated, markOverdue, policy, rejected, reopened, reported, resolved, withdrawn,
} from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const open = [reported(), accepted()] as const; // level 1, due at the end of Thursday 25 Sep
const midnight = '2025-09-26T00:00:00+08:00';
const automatic = { reason: 'overdue', automatic: true } as const;
const noAutoEscalation = { ...policy, autoEscalateWhenOverdue: false };

describe('an open dispute past its deadline', () => {
  it('becomes overdue and escalates by itself one level, with a new deadline', () =>
    given(...open)
      .when(markOverdue())
      .then(becameOverdue(), escalated({ ...automatic, escalatedAt: midnight, dueAt: endOf('2025-10-10'), workingDaysAllowed: 5 })));

  it('only becomes overdue when the policy does not escalate automatically', () =>
    given(...open).when(markOverdue({ policy: noAutoEscalation })).then(becameOverdue()));

  it('escalates by itself from the joint level to the community party committee at most', () =>
    given(reported(), accepted({ level: 2, dueAt: endOf('2025-09-28'), workingDaysAllowed: 5 }))
      .when(markOverdue({ dueAt: endOf('2025-09-28'), now: '2025-09-29T00:00:00+08:00' }))
      .then(
        becameOverdue({ level: 2, dueAt: endOf('2025-09-28'), detectedAt: '2025-09-29T00:00:00+08:00' }),
        escalated({ ...automatic, fromLevel: 2, toLevel: 3, escalatedAt: '2025-09-29T00:00:00+08:00', dueAt: endOf('2025-10-20'), workingDaysAllowed: 10 }),
      ));

  it.each([
    [3, undefined],
    [4, 'fire_safety'],
  ] as const)('at level %s is only reported to the supervisors, never escalated by itself', (level, department) =>
    given(reported(), accepted({ level, ...(department && { department }) }))
      .when(markOverdue())
      .then(becameOverdue({ level })));

  it('recognises its deadline written in UTC', () =>
    given(...open).when(markOverdue({ dueAt: '2025-09-25T15:59:59.999Z', policy: noAutoEscalation })).then(becameOverdue()));

  it('is not overdue before the deadline has passed, so the scheduler tries again later', () => {
    given(...open).when(markOverdue({ now: '2025-09-25T23:00:00+08:00' })).thenRejects('DeadlineNotPassed');
    given(...open).when(markOverdue({ now: endOf('2025-09-25') })).thenRejects('DeadlineNotPassed');
  });

  it('is not judged with a malformed policy', () =>
    given(...open).when(markOverdue({ policy: { ...policy, workingDaysPerLevel: { 0: 1, 1: 1, 2: 1, 3: 1 } as never } })).thenRejects('InvalidDeadlinePolicy'));
});

describe('an overdue dispute', () => {
  it('is marked overdue once per level: a repeated check changes nothing', () =>
    given(...open, becameOverdue()).when(markOverdue()).thenNothingHappens());

  it('ignores the check of the deadline it left behind when it escalated by itself', () =>
    given(...open, becameOverdue(), escalated({ ...automatic, escalatedAt: midnight, dueAt: endOf('2025-10-10') }))
      .when(markOverdue())
      .thenNothingHappens());

  it('becomes overdue again when it misses the deadline of the next level', () =>
    given(...open, becameOverdue(), escalated({ ...automatic, escalatedAt: midnight, dueAt: endOf('2025-10-10') }))
      .when(markOverdue({ dueAt: endOf('2025-10-10'), now: '2025-10-11T00:00:00+08:00' }))
      .then(
        becameOverdue({ level: 2, dueAt: endOf('2025-10-10'), detectedAt: '2025-10-11T00:00:00+08:00' }),
        escalated({ ...automatic, fromLevel: 2, toLevel: 3, escalatedAt: '2025-10-11T00:00:00+08:00', dueAt: endOf('2025-10-24'), workingDaysAllowed: 10 }),
      ));

  it('can still be escalated by hand', () =>
    given(...open, becameOverdue()).when(escalate({ now: midnight })).then(escalated({ escalatedAt: midnight, dueAt: endOf('2025-10-10') })));
});

describe('a dispute whose deadline was replaced', () => {
  it('ignores the check of the level it was escalated from by hand', () =>
    given(...open, escalated()).when(markOverdue()).thenNothingHappens());

  it('ignores the check of a deadline from before it was reopened, and misses the new one', () => {
    const history = [...open, resolved(), closed(), reopened()];
    given(...history).when(markOverdue({ now: '2025-10-14T00:00:00+08:00' })).thenNothingHappens();
    given(...history)
      .when(markOverdue({ dueAt: endOf('2025-10-13'), now: '2025-10-14T00:00:00+08:00', policy: noAutoEscalation }))
      .then(becameOverdue({ dueAt: endOf('2025-10-13'), detectedAt: '2025-10-14T00:00:00+08:00' }));
  });
});

describe('a dispute no longer open', () => {
  it.each([
    ['resolved', [...open, resolved()]],
    ['closed', [...open, resolved(), closed()]],
    ['withdrawn', [...open, withdrawn()]],
    ['rejected', [reported(), rejected()]],
  ])('ignores the deadline check when %s', (_, history) => given(...history).when(markOverdue()).thenNothingHappens());
});
