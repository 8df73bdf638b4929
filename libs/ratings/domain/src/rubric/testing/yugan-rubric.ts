import type { Area, StarThreshold } from '../events.js';

// Version 1 of the county's rubric, after the five themes of shared/guide/DOMAIN.md: 30 + 15 + 20
// + 10 + 25 = 100 points over all sixteen measures.

export const partyBuilding: Area = {
  id: 'party_building',
  name: 'Party building',
  criteria: [
    { id: 'branch', name: 'Branch established', weight: 8, measure: 'branch_in_place', scoring: { kind: 'boolean' } },
    { id: 'building_groups', name: 'Building party groups', weight: 6, measure: 'building_groups', scoring: { kind: 'steps', steps: [{ atLeast: 1, fraction: 0.5 }, { atLeast: 3, fraction: 1 }] } },
    { id: 'members_back', name: 'Members reported back per 100 households', weight: 8, measure: 'members_per_100_households', scoring: { kind: 'linear', zeroAt: 0, fullAt: 5 } },
    { id: 'reception_days', name: 'Reception days held', weight: 4, measure: 'reception_days_held', scoring: { kind: 'linear', zeroAt: 0, fullAt: 12 } },
    { id: 'member_assessment', name: 'Assessment of reported-back members', weight: 4, measure: 'member_assessment_average', scoring: { kind: 'linear', zeroAt: 60, fullAt: 90 } },
  ],
};

export const selfGovernment: Area = {
  id: 'self_government',
  name: 'Self-government',
  criteria: [
    { id: 'owners_committee', name: 'Owners committee in office', weight: 8, measure: 'owners_committee_in_place', scoring: { kind: 'boolean' } },
    { id: 'supervisory_board', name: 'Supervisory board in office', weight: 7, measure: 'supervisory_board_in_place', scoring: { kind: 'boolean' } },
  ],
};

export const propertyServices: Area = {
  id: 'property_services',
  name: 'Property services',
  criteria: [
    { id: 'contract', name: 'Service contract in force', weight: 10, measure: 'contract_in_force', scoring: { kind: 'boolean' } },
    { id: 'fees', name: 'Fee collection rate', weight: 10, measure: 'fee_collection_rate', scoring: { kind: 'linear', zeroAt: 0.6, fullAt: 0.95 } },
  ],
};

export const transparency: Area = {
  id: 'transparency',
  name: 'Financial transparency',
  criteria: [
    { id: 'on_time', name: 'Statements published on time', weight: 5, measure: 'statements_on_time', scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 1 } },
    { id: 'verified', name: 'Statements agreeing with the ledger', weight: 5, measure: 'statements_verified', scoring: { kind: 'steps', steps: [{ atLeast: 0.8, fraction: 0.5 }, { atLeast: 1, fraction: 1 }] } },
  ],
};

export const disputes: Area = {
  id: 'disputes',
  name: 'Disputes',
  criteria: [
    { id: 'resolution_rate', name: 'Resolution rate', weight: 8, measure: 'dispute_resolution_rate', scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
    { id: 'low_level', name: 'Resolved at levels 0–2', weight: 5, measure: 'low_level_resolution_share', scoring: { kind: 'linear', zeroAt: 0.3, fullAt: 0.8 } },
    { id: 'days', name: 'Median working days to resolve', weight: 4, measure: 'median_days_to_resolve', scoring: { kind: 'linear', zeroAt: 20, fullAt: 5 } },
    { id: 'satisfaction', name: 'Satisfaction', weight: 4, measure: 'satisfaction_average', scoring: { kind: 'linear', zeroAt: 3, fullAt: 4.8 } },
    { id: 'overdue', name: 'Overdue disputes', weight: 4, measure: 'overdue_count', scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 1, fraction: 0.5 }, { atLeast: 3, fraction: 0 }] } },
  ],
};

export const yuganAreas: Area[] = [partyBuilding, selfGovernment, propertyServices, transparency, disputes];

export const yuganStars: StarThreshold[] = [
  { stars: 1, minScore: 40 },
  { stars: 2, minScore: 55 },
  { stars: 3, minScore: 70 },
  { stars: 4, minScore: 80 },
  { stars: 5, minScore: 90 },
];
