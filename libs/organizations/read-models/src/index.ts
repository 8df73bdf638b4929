// Read models of the organizations context: pure projections of its events, and the queries the
// service answers from their MongoDB collections.

export { live, maxPageSize, type Page, type PageRequest } from './read-model-collection.js';
export { organizationsProjections, ensureOrganizationsIndexes } from './organizations-read-models.js';
export * from './units/unit.projection.js';
export * from './units/unit.queries.js';
export * from './communities/community.projection.js';
export * from './communities/community.queries.js';
export * from './members/member.projection.js';
export * from './members/member.queries.js';
export * from './reception-days/reception-day.projection.js';
export * from './reception-days/reception-day.queries.js';
