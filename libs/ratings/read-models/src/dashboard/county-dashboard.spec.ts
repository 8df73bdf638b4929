import { ratingsReadModels } from '../read-models.js';
import { project } from '../testing/events.js';
import { scenario } from '../testing/scenario.js';
import { countyDashboard } from './county-dashboard.js';

describe('the county dashboard', () => {
  const rows = [...project(ratingsReadModels('spec').countyDashboard, scenario()).values()];

  it('counts stars, coverage, open and overdue disputes by level and late statements at the end of a period', () => {
    expect(countyDashboard(rows, '2025-H2', '2026-06-01')).toEqual({
      period: '2025-H2',
      asOf: '2025-12-31',
      communities: 2,
      stars: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0, unrated: 1 },
      coverage: { covered: 1, communities: 2, rate: 0.5 },
      disputes: { open: 1, openByLevel: { '0': 0, '1': 1, '2': 0, '3': 0, '4': 0, unplaced: 0 }, overdue: 1, overdueByLevel: { '0': 0, '1': 1, '2': 0, '3': 0, '4': 0, unplaced: 0 } },
      statements: { published: 2, late: 1, communitiesWithLate: ['rc-qianyue-1'] },
    });
  });

  it('takes a running period as of today', () => {
    const august = countyDashboard(rows, '2025-H2', '2025-08-15');
    expect(august.asOf).toBe('2025-08-15');
    expect(august.disputes.openByLevel['3']).toBe(1); // d-2 escalated, not yet overdue
    expect(august.disputes.overdue).toBe(0);
  });
});
