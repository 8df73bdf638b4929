// Fixture builders of the Dispute aggregate: the default story, then commands and events with overridable fields.
export * from './story.js';
export * from './command-builders.js';
export * from './event-builders.js';
