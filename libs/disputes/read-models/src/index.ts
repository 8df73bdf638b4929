// Read models of the disputes context: pure projections of its events (no personal data), and the
// queries the service answers from their MongoDB collections.
export * from './read-models.js';
export { businessTimeOf } from './projections/dispute-event.js';
export * from './projections/dispute-summary.projection.js';
export * from './projections/dispute-history.projection.js';
export * from './queries/dispute-queries.js';
export { isDisputeCursor } from './queries/cursor.js';
