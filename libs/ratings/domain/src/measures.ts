// The closed list of what a rubric can measure. The ratings projection computes each measure of a
// community from public events; a rubric only says how much each is worth and how it is scored.

/** What kind of value a measure takes: rates are ratios 0..1, counts whole numbers ≥ 0, quantities numbers ≥ 0. */
export type MeasureValueKind = 'boolean' | 'rate' | 'count' | 'quantity';

/** Which way is better: more resolved disputes, fewer overdue ones. A boolean measure favours `true`. */
export type FavourableDirection = 'higher' | 'lower';

export interface MeasureDefinition {
  readonly kind: MeasureValueKind;
  readonly favourable: FavourableDirection;
  readonly description: string;
}

/** Every measure a rubric may use, keyed by its stable code. */
export const MEASURES = {
  dispute_resolution_rate: { kind: 'rate', favourable: 'higher', description: 'disputes resolved ÷ disputes accepted in the period' },
  low_level_resolution_share: { kind: 'rate', favourable: 'higher', description: 'share of resolved disputes resolved at levels 0–2' },
  median_days_to_resolve: { kind: 'quantity', favourable: 'lower', description: 'median working days from report (or reopening) to resolution' },
  satisfaction_average: { kind: 'quantity', favourable: 'higher', description: 'average satisfaction score (1–5) given by the parties' },
  overdue_count: { kind: 'count', favourable: 'lower', description: 'disputes that became overdue at some level in the period' },
  contract_in_force: { kind: 'boolean', favourable: 'higher', description: 'a property service contract in force at the end of the period' },
  fee_collection_rate: { kind: 'rate', favourable: 'higher', description: 'property fees collected ÷ fees billed' },
  statements_on_time: { kind: 'rate', favourable: 'higher', description: 'share of due statements published by their deadline' },
  statements_verified: { kind: 'rate', favourable: 'higher', description: 'share of published statements that agree with the ledger' },
  branch_in_place: { kind: 'boolean', favourable: 'higher', description: 'a residential-community party branch is established' },
  building_groups: { kind: 'count', favourable: 'higher', description: 'building party groups set up' },
  owners_committee_in_place: { kind: 'boolean', favourable: 'higher', description: 'an elected owners’ committee in office' },
  supervisory_board_in_place: { kind: 'boolean', favourable: 'higher', description: 'an owners’ supervisory board in office' },
  members_per_100_households: { kind: 'quantity', favourable: 'higher', description: 'in-service party members reported back per 100 households' },
  reception_days_held: { kind: 'count', favourable: 'higher', description: 'Community Convenience Reception Days held' },
  member_assessment_average: { kind: 'quantity', favourable: 'higher', description: 'average assessment of the reported-back members' },
} as const satisfies Record<string, MeasureDefinition>;

export type MeasureCode = keyof typeof MEASURES;

/** The measure codes, in the order of the catalogue (for DTO and schema validation at the edge). */
export const MEASURE_CODES = Object.keys(MEASURES) as MeasureCode[];

export function isMeasureCode(value: unknown): value is MeasureCode {
  return typeof value === 'string' && Object.hasOwn(MEASURES, value);
}

/** The definition of a known measure. */
export const measureOf = (code: MeasureCode): MeasureDefinition => MEASURES[code];
