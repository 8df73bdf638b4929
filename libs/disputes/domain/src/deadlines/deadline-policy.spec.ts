import { china2025 } from '../calendar/testing/china-2025.js';
import { assertValidPolicy, defaultDeadlinePolicy, workingDaysAllowed, type DeadlinePolicy } from './deadline-policy.js';
import { deadlineOnEntering } from './level-deadline.js';

const policy: DeadlinePolicy = {
  workingDaysPerLevel: { 0: 3, 1: 5, 2: 7, 3: 10, 4: 15 },
  overrides: [
    { urgency: 'urgent', workingDaysPerLevel: { 1: 2 } },
    { category: 'leak', workingDaysPerLevel: { 1: 4 } },
    { category: 'leak', urgency: 'urgent', workingDaysPerLevel: { 1: 1 } },
  ],
  autoEscalateWhenOverdue: true,
};
const noise = { category: 'square_dancing_noise', urgency: 'normal' } as const;

describe('a deadline policy', () => {
  it('gives each level its default number of working days', () => {
    expect(workingDaysAllowed(policy, { ...noise, level: 0 })).toBe(3);
    expect(workingDaysAllowed(policy, { ...noise, level: 4 })).toBe(15);
  });

  it('lets an urgency override the default', () => expect(workingDaysAllowed(policy, { ...noise, urgency: 'urgent', level: 1 })).toBe(2));

  it('prefers a category override to an urgency override', () =>
    expect(workingDaysAllowed({ ...policy, overrides: policy.overrides!.slice(0, 2) }, { category: 'leak', urgency: 'urgent', level: 1 })).toBe(4));

  it('prefers an override naming both category and urgency to all others', () =>
    expect(workingDaysAllowed(policy, { category: 'leak', urgency: 'urgent', level: 1 })).toBe(1));

  it('falls back to the default for a level an override does not mention', () =>
    expect(workingDaysAllowed(policy, { category: 'leak', urgency: 'urgent', level: 2 })).toBe(7));

  it('gives urgent matters and fire-safety risks less time by default', () => {
    expect(workingDaysAllowed(defaultDeadlinePolicy, { ...noise, urgency: 'urgent', level: 0 })).toBe(1);
    expect(workingDaysAllowed(defaultDeadlinePolicy, { ...noise, category: 'training_class_in_residential_building', level: 2 })).toBe(5);
  });

  it.each([
    ['a level without a limit', { ...policy, workingDaysPerLevel: { 0: 3, 1: 5, 2: 7, 3: 10 } }],
    ['zero days', { ...policy, workingDaysPerLevel: { ...policy.workingDaysPerLevel, 2: 0 } }],
    ['a fraction of a day in an override', { ...policy, overrides: [{ urgency: 'urgent', workingDaysPerLevel: { 1: 0.5 } }] }],
    ['no automatic escalation setting', { workingDaysPerLevel: policy.workingDaysPerLevel }],
  ])('is rejected with %s', (_, invalid) =>
    expect(() => assertValidPolicy(invalid as never)).toThrow(expect.objectContaining({ code: 'InvalidDeadlinePolicy' })));
});

describe('the deadline of a level entered', () => {
  const inputs = { policy, calendar: china2025 };

  it('ends with the last allowed working day, China time, across National Day', () =>
    expect(deadlineOnEntering('2025-09-26T15:00:00+08:00', { ...noise, level: 1 }, inputs)).toEqual({
      dueAt: '2025-10-10T23:59:59.999+08:00',
      workingDaysAllowed: 5,
    }));

  it('counts from the China date of the entry, not the UTC one', () =>
    expect(deadlineOnEntering('2025-09-25T17:00:00Z', { ...noise, level: 1 }, inputs).dueAt).toBe('2025-10-10T23:59:59.999+08:00'));

  it('rejects a calendar that is not a list of dates', () =>
    expect(() => deadlineOnEntering('2025-09-26T15:00:00+08:00', { ...noise, level: 1 }, { policy, calendar: { holidays: ['1 Oct'], makeUpWorkdays: [] } }))
      .toThrow(expect.objectContaining({ code: 'InvalidWorkingCalendar' })));
});
