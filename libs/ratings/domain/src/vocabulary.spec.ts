import { isMeasureCode, MEASURE_CODES, MEASURES } from './measures.js';
import { isRatingPeriod, periodRange } from './period.js';

describe('the measures', () => {
  it('are the sixteen the assessors rate by', () => {
    expect(MEASURE_CODES).toHaveLength(16);
    expect(MEASURE_CODES).toContain('dispute_resolution_rate');
    expect(MEASURE_CODES).toContain('member_assessment_average');
  });

  it('are known by their codes only', () => {
    expect(isMeasureCode('overdue_count')).toBe(true);
    expect(isMeasureCode('toString')).toBe(false);
    expect(isMeasureCode(3)).toBe(false);
  });

  it('favour fewer overdue disputes and faster resolution, and more of everything else', () =>
    expect(MEASURE_CODES.filter((code) => MEASURES[code].favourable === 'lower').sort()).toEqual(['median_days_to_resolve', 'overdue_count']));

  it('are yes/no for the bodies and the contract in place', () =>
    expect(MEASURE_CODES.filter((code) => MEASURES[code].kind === 'boolean').sort()).toEqual([
      'branch_in_place', 'contract_in_force', 'owners_committee_in_place', 'supervisory_board_in_place',
    ]));
});

describe('a rating period', () => {
  it('is a whole year', () => expect(periodRange('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' }));

  it('is a first half-year', () => expect(periodRange('2025-H1')).toEqual({ first: '2025-01-01', last: '2025-06-30' }));

  it('is a second half-year', () => expect(periodRange('2025-H2')).toEqual({ first: '2025-07-01', last: '2025-12-31' }));

  it.each(['2025-H3', '2025-Q1', '2025-06', '25', ' 2025', ''])('is not %p', (period) => {
    expect(periodRange(period)).toBeNull();
    expect(isRatingPeriod(period)).toBe(false);
  });
});
