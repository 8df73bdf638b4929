// The county's rubric for the demo: five areas of the programme, weights summing to 100, and the
// star thresholds the working committee uses (about a third five-star, half four-star in Yugan).

const linear = (zeroAt: number, fullAt: number) => ({ kind: 'linear', zeroAt, fullAt });
const steps = (...pairs: [number, number][]) => ({ kind: 'steps', steps: pairs.map(([atLeast, fraction]) => ({ atLeast, fraction })) });
const boolean = { kind: 'boolean' };

/** Version 1 of the Yugan rubric, in force from `effectiveFrom` (the body of POST /rubrics/{id}/versions). */
export function yuganRubric(effectiveFrom: string) {
  return {
    version: 1,
    effectiveFrom,
    areas: [
      {
        id: 'party_building', name: '党建引领 Party building', criteria: [
          { id: 'branch', name: 'Branch in place', weight: 8, measure: 'branch_in_place', scoring: boolean },
          { id: 'building_groups', name: 'Building party groups', weight: 5, measure: 'building_groups', scoring: steps([1, 0.5], [3, 1]) },
          { id: 'members', name: 'Members reported back per 100 households', weight: 12, measure: 'members_per_100_households', scoring: linear(2, 8) },
        ],
      },
      {
        id: 'self_government', name: '居民自治 Self-government', criteria: [
          { id: 'owners_committee', name: 'Owners’ committee in office', weight: 10, measure: 'owners_committee_in_place', scoring: boolean },
          { id: 'supervisory_board', name: 'Supervisory board in office', weight: 5, measure: 'supervisory_board_in_place', scoring: boolean },
        ],
      },
      {
        id: 'property', name: '物业服务 Property services', criteria: [
          { id: 'contract', name: 'Service contract in force', weight: 10, measure: 'contract_in_force', scoring: boolean },
          { id: 'fees', name: 'Fee collection rate', weight: 15, measure: 'fee_collection_rate', scoring: linear(0.6, 0.95) },
        ],
      },
      {
        id: 'transparency', name: '财务公开 Financial transparency', criteria: [
          { id: 'on_time', name: 'Statements published on time', weight: 8, measure: 'statements_on_time', scoring: linear(0, 1) },
          { id: 'verified', name: 'Statements agreeing with the ledger', weight: 7, measure: 'statements_verified', scoring: linear(0.5, 1) },
        ],
      },
      {
        id: 'disputes', name: '矛盾化解 Disputes', criteria: [
          { id: 'resolution', name: 'Resolution rate', weight: 6, measure: 'dispute_resolution_rate', scoring: linear(0.5, 0.95) },
          { id: 'low_level', name: 'Resolved at levels 0–2', weight: 4, measure: 'low_level_resolution_share', scoring: linear(0.3, 0.9) },
          { id: 'satisfaction', name: 'Resident satisfaction', weight: 5, measure: 'satisfaction_average', scoring: linear(3, 4.6) },
          { id: 'overdue', name: 'Overdue disputes', weight: 5, measure: 'overdue_count', scoring: steps([0, 1], [2, 0.5], [4, 0]) },
        ],
      },
    ],
    starThresholds: [
      { stars: 1, minScore: 20 },
      { stars: 2, minScore: 40 },
      { stars: 3, minScore: 60 },
      { stars: 4, minScore: 75 },
      { stars: 5, minScore: 88 },
    ],
  };
}
