// The closed lists the disputes context speaks in. Exported as arrays so that the edge (DTO
// validation, JSON Schemas of the contracts) checks incoming values against the same lists.

/** What a dispute is about; `square_dancing_noise` stands for neighbourhood noise in general. */
export const DISPUTE_CATEGORIES = [
  'square_dancing_noise',
  'road_occupation',
  'training_class_in_residential_building',
  'parking',
  'leak',
  'pets',
  'property_fee',
  'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];

/** How the dispute reached the community: the 12345 hotline brings its own ticket id. */
export const REPORTING_CHANNELS = ['resident', 'reception_day', 'grid_worker', 'hotline_12345'] as const;
export type ReportingChannel = (typeof REPORTING_CHANNELS)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The escalation ladder, lowest first: 0 residents themselves, 1 owners'/property committee,
 * 2 branch + owners' committee + property company jointly, 3 community party committee,
 * 4 working committee referring to a county department.
 */
export const ESCALATION_LEVELS = [0, 1, 2, 3, 4] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const TOP_LEVEL = 4;
/** Overdue disputes escalate by themselves only from the self-governing levels 0–2. */
export const HIGHEST_LEVEL_ESCALATED_AUTOMATICALLY = 2;

export function isEscalationLevel(value: unknown): value is EscalationLevel {
  return typeof value === 'number' && (ESCALATION_LEVELS as readonly number[]).includes(value);
}

/** The county department the working committee refers a level-4 dispute to. */
export const COUNTY_DEPARTMENTS = [
  'urban_management',
  'fire_safety',
  'market_supervision',
  'housing_construction',
  'public_security',
  'other',
] as const;
export type CountyDepartment = (typeof COUNTY_DEPARTMENTS)[number];

/** How a dispute ended when it was resolved. */
export const RESOLUTION_OUTCOMES = [
  'agreement_reached', // the parties agreed (调解达成协议)
  'rectified', // the cause was removed: class moved out, road cleared, leak repaired
  'handled_by_department', // a county department dealt with it
  'complaint_unfounded', // checked and found groundless, explained to the reporter
] as const;
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];

/** A party's part in the dispute; exactly one party is the reporter. */
export const PARTY_ROLES = ['reporter', 'respondent', 'affected'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** A person in the dispute. Personal data (PIPL) lives only here, keyed by a pseudonymous subject id. */
export interface Party {
  readonly subjectId: string;
  readonly role: PartyRole;
  readonly name: string;
  readonly phone?: string;
  readonly room?: string;
}

/** Satisfaction scores run 1 (very dissatisfied) to 5 (very satisfied). */
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export const DEFAULT_SATISFACTION_WINDOW_DAYS = 15;
export const DEFAULT_REOPEN_WINDOW_DAYS = 30;
