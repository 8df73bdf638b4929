import type { MeasureCode } from '../../measures.js';
import type { Indicator, Indicators } from '../indicators.js';

/** An indicator backed by one event per id, at positions 100, 101, … in the order given. */
export const measured = (value: Indicator['value'], ...eventIds: string[]): Indicator => ({
  value,
  evidence: eventIds.map((eventId, i) => ({ eventId, position: BigInt(100 + i) })),
});

/**
 * Qianyue No. 1 in 2025. Under version 1 of the county rubric it scores, criterion by criterion:
 * party building 8 + 3 + 6.72 + 3 + 3.2 = 23.92; self-government 8 + 0 = 8; property services
 * 10 + 8 = 18; transparency 2.5 + 2.5 = 5; disputes 6.4 + 4 + 3.2 + 3 + 2 = 18.6; total 73.52,
 * three stars. Several shares (0.7 − 0.3) ÷ 0.5 and the like are exactly 0.8, but not in doubles.
 */
export const qianyue2025: Indicators = {
  branch_in_place: measured(true, 'org-branch-established'),
  building_groups: measured(2, 'org-group-1', 'org-group-2'),
  members_per_100_households: measured(4.2, 'org-member-report-agg'),
  reception_days_held: measured(9, 'org-reception-days'),
  member_assessment_average: measured(84, 'org-assessments'),
  owners_committee_in_place: measured(true, 'org-committee-elected'),
  supervisory_board_in_place: measured(false),
  contract_in_force: measured(true, 'prop-contract-signed'),
  fee_collection_rate: measured(0.88, 'prop-fees-2025-12'),
  statements_on_time: measured(0.75, 'prop-statement-q1', 'prop-statement-q2'),
  statements_verified: measured(0.9, 'prop-statement-q1'),
  dispute_resolution_rate: measured(0.86, 'disp-resolved-1', 'disp-resolved-2'),
  low_level_resolution_share: measured(0.7, 'disp-resolved-1'),
  median_days_to_resolve: measured(8, 'disp-resolved-2'),
  satisfaction_average: measured(4.35, 'disp-rated-1', 'disp-rated-2'),
  overdue_count: measured(1, 'disp-overdue-1'),
};

/** Qianyue's indicators with some measures changed (null: no data; undefined: left out). */
export function qianyueWith(changes: Partial<Record<MeasureCode, Indicator | undefined>>): Indicators {
  const merged: Record<string, Indicator | undefined> = { ...qianyue2025, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, indicator]) => indicator !== undefined)) as Indicators;
}
