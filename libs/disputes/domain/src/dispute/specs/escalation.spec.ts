import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import { accepted, endOf, escalate, escalated, reported } from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const atLevel = (level: 0 | 1 | 2 | 3 | 4) => [reported(), accepted({ level, ...(level === 4 && { department: 'fire_safety' as const }) })];

describe('a dispute left to the residents themselves', () => {
  it('escalates to the owners committee', () =>
    given(...atLevel(0))
      .when(escalate({ toLevel: 1, reason: 'the neighbours could not agree' }))
      .then(escalated({ fromLevel: 0, toLevel: 1, reason: 'the neighbours could not agree', dueAt: endOf('2025-09-28'), workingDaysAllowed: 3 })));
});

describe('a dispute handled by the owners committee', () => {
  it('escalates to the joint level with a reason, and a deadline over the Sunday make-up day', () =>
    given(...atLevel(1)).when(escalate()).then(escalated()));

  it('records the reason trimmed', () =>
    given(...atLevel(1)).when(escalate({ reason: '  property company did not attend  ' })).then(escalated({ reason: 'property company did not attend' })));

  it('does not escalate without a reason', () => {
    given(...atLevel(1)).when(escalate({ reason: '' })).thenRejects('EscalationReasonRequired');
    given(...atLevel(1)).when(escalate({ reason: '   ' })).thenRejects('EscalationReasonRequired');
  });

  it('does not skip a level', () => given(...atLevel(1)).when(escalate({ toLevel: 3 })).thenRejects('EscalationSkipsLevels'));

  it('does not go back to the residents', () => given(...atLevel(1)).when(escalate({ toLevel: 0 })).thenRejects('DeEscalationNotAllowed'));

  it('does not escalate to the level it is at', () => given(...atLevel(1)).when(escalate({ toLevel: 1 })).thenRejects('AlreadyAtLevel'));

  it('does not escalate to a level that is not a whole number', () =>
    given(...atLevel(1)).when(escalate({ toLevel: 1.5 })).thenRejects('EscalationSkipsLevels'));

  it('names no department below the working committee', () =>
    given(...atLevel(1)).when(escalate({ department: 'urban_management' })).thenRejects('DepartmentOnlyAtTopLevel'));
});

describe('a dispute handled jointly by the branch, owners committee and property company', () => {
  it('escalates to the community party committee', () =>
    given(...atLevel(1), escalated())
      .when(escalate({ toLevel: 3, reason: 'the property company refuses to move the bins', now: '2025-09-29T09:00:00+08:00' }))
      .then(escalated({
        fromLevel: 2, toLevel: 3, reason: 'the property company refuses to move the bins', escalatedAt: '2025-09-29T09:00:00+08:00',
        dueAt: endOf('2025-10-20'), workingDaysAllowed: 10,
      })));
});

describe('a dispute at the community party committee', () => {
  it('is referred by the working committee to a county department', () =>
    given(...atLevel(3))
      .when(escalate({ toLevel: 4, reason: 'a training class in a residential building is a fire risk', department: 'fire_safety' }))
      .then(escalated({
        fromLevel: 3, toLevel: 4, reason: 'a training class in a residential building is a fire risk', department: 'fire_safety',
        dueAt: endOf('2025-10-21'), workingDaysAllowed: 15,
      })));

  it('does not reach the working committee without naming the department', () =>
    given(...atLevel(3)).when(escalate({ toLevel: 4, reason: 'beyond the community' })).thenRejects('DepartmentRequired'));

  it('does not go past the top of the ladder', () => given(...atLevel(3)).when(escalate({ toLevel: 5 })).thenRejects('EscalationBeyondTopLevel'));
});

describe('a dispute at the working committee', () => {
  it('has nowhere further to escalate', () =>
    given(...atLevel(4)).when(escalate({ toLevel: 5, department: 'fire_safety' })).thenRejects('EscalationBeyondTopLevel'));

  it('does not go back down', () => given(...atLevel(4)).when(escalate({ toLevel: 3 })).thenRejects('EscalationBeyondTopLevel'));
});
