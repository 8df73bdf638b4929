import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays, defaultDeadlinePolicy, isWorkingDay } from '@linli/disputes-domain';
import { chinaWorkingCalendar, yearsMissingFrom } from './china-working-calendar.js';
import { parseDisputesConfig } from './disputes-config.js';

const configError = (variable: string) => expect.objectContaining({ name: 'ConfigError', variable });

describe('the disputes configuration', () => {
  it('defaults to the domain\'s deadline policy, China\'s calendar and a running scheduler', () =>
    expect(parseDisputesConfig({})).toEqual({
      deadlines: { policy: defaultDeadlinePolicy, calendar: chinaWorkingCalendar },
      satisfactionWindowDays: 15,
      reopenWindowDays: 30,
      scheduler: { enabled: true, pollMs: 1_000, graceMs: 60_000 },
      hotline: { enabled: true, groupId: 'linli-disputes-hotline', topic: 'municipal.hotline.tickets.v1', fastGroup: false },
    }));

  it('takes the hotline consumer\'s group and topic from the environment', () =>
    expect(parseDisputesConfig({ DISPUTES_HOTLINE: 'off', DISPUTES_HOTLINE_GROUP: 'g-1', DISPUTES_HOTLINE_TOPIC: 'tickets.test-1' }).hotline)
      .toMatchObject({ enabled: false, groupId: 'g-1', topic: 'tickets.test-1' }));

  it('reads a deadline policy given inline', () => {
    const policy = { workingDaysPerLevel: { 0: 1, 1: 2, 2: 3, 3: 4, 4: 5 }, overrides: [{ category: 'leak', workingDaysPerLevel: { 1: 1 } }], autoEscalateWhenOverdue: false };
    expect(parseDisputesConfig({ DISPUTES_DEADLINE_POLICY: JSON.stringify(policy) }).deadlines.policy).toEqual(policy);
  });

  it('reads a calendar from a JSON file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'disputes-config-')), 'calendar.json');
    writeFileSync(file, JSON.stringify({ holidays: ['2027-01-01'], makeUpWorkdays: [] }));
    expect(parseDisputesConfig({ DISPUTES_CALENDAR: file }).deadlines.calendar).toEqual({ holidays: ['2027-01-01'], makeUpWorkdays: [] });
  });

  it.each([
    ['a level without working days', 'DISPUTES_DEADLINE_POLICY', '{"workingDaysPerLevel":{"0":0,"1":2,"2":3,"3":4,"4":5},"autoEscalateWhenOverdue":true}'],
    ['an unknown category in an override', 'DISPUTES_DEADLINE_POLICY', '{"workingDaysPerLevel":{"0":1,"1":2,"2":3,"3":4,"4":5},"overrides":[{"category":"noise","workingDaysPerLevel":{}}],"autoEscalateWhenOverdue":true}'],
    ['a holiday that is not a date', 'DISPUTES_CALENDAR', '{"holidays":["2026-02-30"],"makeUpWorkdays":[]}'],
    ['malformed JSON', 'DISPUTES_CALENDAR', '{"holidays":'],
    ['a file that does not exist', 'DISPUTES_CALENDAR', '/nonexistent/calendar.json'],
    ['a scheduler switch other than on or off', 'DISPUTES_SCHEDULER', 'maybe'],
    ['a poll interval that is not a number', 'DEADLINE_POLL_MS', 'soon'],
    ['a hotline switch other than on or off', 'DISPUTES_HOTLINE', 'yes please'],
    ['a hotline group with spaces', 'DISPUTES_HOTLINE_GROUP', 'my group'],
    ['a hotline topic with a slash', 'DISPUTES_HOTLINE_TOPIC', 'a/b'],
  ])('refuses %s, naming the variable', (_, variable, value) =>
    expect(() => parseDisputesConfig({ [variable]: value })).toThrow(configError(variable)));
});

describe('the default working calendar', () => {
  it('knows the 2026 Spring Festival and National Day holidays and their make-up working days', () => {
    expect(isWorkingDay('2026-02-17', chinaWorkingCalendar)).toBe(false);
    expect(isWorkingDay('2026-02-14', chinaWorkingCalendar)).toBe(true); // a Saturday worked
    expect(isWorkingDay('2026-10-10', chinaWorkingCalendar)).toBe(true); // a Saturday worked
    expect(addWorkingDays('2026-09-30', 5, chinaWorkingCalendar)).toBe('2026-10-13');
  });

  it('lists only real dates, and make-up working days only on weekends', () => {
    expect(() => parseDisputesConfig({ DISPUTES_CALENDAR: JSON.stringify(chinaWorkingCalendar) })).not.toThrow();
    expect(chinaWorkingCalendar.makeUpWorkdays.map((day) => new Date(`${day}T00:00:00Z`).getUTCDay()).every((weekday) => weekday === 0 || weekday === 6)).toBe(true);
  });

  it('tells which years a deadline may run into without holidays listed', () => {
    expect(yearsMissingFrom(chinaWorkingCalendar, '2026-06-01T00:00:00Z')).toEqual([]);
    expect(yearsMissingFrom(chinaWorkingCalendar, '2026-11-30T00:00:00Z')).toEqual([2027]);
  });
});
