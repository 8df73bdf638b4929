// Shapes of the values the ratings API accepts, shared by its DTOs and path pipes.

/** Ids the service does not mint (communities, rubrics): the public contracts' id pattern. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
export const ID_MESSAGE = '$property must be 1–128 letters, digits or . _ : - (starting with a letter or digit)';

/** A rating period: `YYYY`, `YYYY-H1` or `YYYY-H2`. */
export const PERIOD = /^\d{4}(-H[12])?$/;
export const PERIOD_MESSAGE = '$property must be a rating period: YYYY, YYYY-H1 or YYYY-H2';

/** A calendar day. */
export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DAY_MESSAGE = '$property must be a day written YYYY-MM-DD';

/** A position in the event log: a decimal string of at most 19 digits. */
export const POSITION = /^(0|[1-9]\d{0,18})$/;

/** Free text of the assessors (reasons). */
export const MAX_TEXT = 2_000;
