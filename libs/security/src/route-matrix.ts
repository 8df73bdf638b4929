import type { Role } from './roles.js';

/**
 * Where a route finds the unit or community it acts on, so the policy can check the token's scope:
 * - `path` / `body` / `query`: an org unit or community id in that place (absent → root scope only);
 * - `lookup`: the service resolves the resource to its community (no resolver → root scope only);
 * - `county`: county-wide data or commands: only tokens scoped to the root of the tree;
 * - `reference`: county-wide reference data (rubrics, registered companies): any scope may read.
 */
export type RouteScope =
  | { readonly kind: 'path'; readonly param: string }
  | { readonly kind: 'body'; readonly field: string }
  | { readonly kind: 'query'; readonly param: string }
  | { readonly kind: 'lookup'; readonly resource: string; readonly param: string }
  | { readonly kind: 'county' }
  | { readonly kind: 'reference' };

/** Who may call a route, and where its target lies in the tree. */
export interface RouteRule {
  readonly roles: readonly Role[];
  readonly scope: RouteScope;
}

/** `METHOD /fastify/:path` → rule. A route that is not listed is denied to everyone. */
export type ServiceRoutes = Readonly<Record<string, RouteRule>>;

const path = (param: string): RouteScope => ({ kind: 'path', param });
const body = (field: string): RouteScope => ({ kind: 'body', field });
const query = (param: string): RouteScope => ({ kind: 'query', param });
const lookup = (resource: string, param = 'id'): RouteScope => ({ kind: 'lookup', resource, param });
const county: RouteScope = { kind: 'county' };
const reference: RouteScope = { kind: 'reference' };

// Role groups. The auditor reads everything and changes nothing.
const STAFF: Role[] = ['branch_secretary', 'owners_committee', 'property_manager', 'mediator'];
const READERS: Role[] = [...STAFF, 'assessor', 'auditor', 'county_admin'];
const PLATFORM_READERS: Role[] = [...READERS, 'municipal_platform'];
const ADMIN: Role[] = ['county_admin'];
const PARTY: Role[] = ['branch_secretary', 'county_admin'];
const MEDIATION: Role[] = ['branch_secretary', 'mediator', 'county_admin'];
const OWNERS: Role[] = ['owners_committee', 'county_admin'];
const PROPERTY: Role[] = ['property_manager', 'county_admin'];
const RATING: Role[] = ['assessor', 'county_admin'];
const OPERATIONS: Role[] = ['operator', 'county_admin'];
const rule = (roles: readonly Role[], scope: RouteScope): RouteRule => ({ roles, scope });

/** The one declaration of who may call what, per service. Snapshot-tested; keep it sorted by path. */
export const ROUTE_MATRIX: Readonly<Record<string, ServiceRoutes>> = {
  organizations: {
    'GET /communities': rule(READERS, query('communityUnitId')),
    'POST /communities': rule(ADMIN, body('communityUnitId')),
    'GET /communities/:id': rule(READERS, path('id')),
    'POST /communities/:id/designate-pilot': rule(ADMIN, path('id')),
    'POST /communities/:id/dissolve-owners-committee': rule(PARTY, path('id')),
    'POST /communities/:id/elect-owners-committee': rule(PARTY, path('id')),
    'POST /communities/:id/form-property-committee': rule(PARTY, path('id')),
    'POST /communities/:id/form-supervisory-board': rule(PARTY, path('id')),
    'GET /communities/:id/members': rule(READERS, path('id')),
    'POST /communities/:id/re-elect-owners-committee': rule(PARTY, path('id')),
    'GET /communities/:id/reception-days': rule(READERS, path('id')),
    'POST /communities/:id/withdraw-pilot': rule(ADMIN, path('id')),
    'POST /members': rule(PARTY, body('communityId')),
    'GET /members/:id': rule(READERS, lookup('member')),
    'PUT /members/:id/assessments/:period': rule([...PARTY, 'assessor'], lookup('member')),
    'POST /members/:id/leave': rule(PARTY, lookup('member')),
    'POST /members/:id/record-service-hours': rule(PARTY, lookup('member')),
    'POST /members/:id/relinquish-service-post': rule(PARTY, lookup('member')),
    'POST /members/:id/report-back': rule(PARTY, lookup('member')),
    'POST /members/:id/take-service-post': rule(PARTY, lookup('member')),
    'POST /members/:id/transfer': rule(PARTY, lookup('member')),
    'GET /org-units': rule(READERS, county),
    'POST /org-units': rule(ADMIN, body('parentId')),
    'GET /org-units/:id': rule(READERS, path('id')),
    'POST /org-units/:id/dissolve': rule(ADMIN, path('id')),
    'POST /org-units/:id/rename': rule(ADMIN, path('id')),
    'GET /org-units/:id/tree': rule(READERS, path('id')),
    'POST /org-units/:id/upgrade': rule(ADMIN, path('id')),
    'POST /reception-days': rule(PARTY, body('communityId')),
    'GET /reception-days/:id': rule(READERS, lookup('reception-day')),
    'POST /reception-days/:id/cancel': rule(PARTY, lookup('reception-day')),
    'POST /reception-days/:id/hold': rule(PARTY, lookup('reception-day')),
    'PUT /reception-days/:id/matters/:matterId': rule(PARTY, lookup('reception-day')),
  },
  disputes: {
    'GET /communities/:communityId/disputes': rule(PLATFORM_READERS, path('communityId')),
    'GET /disputes': rule(PLATFORM_READERS, query('communityId')),
    'POST /disputes': rule([...STAFF, 'county_admin', 'municipal_platform'], body('communityId')),
    'GET /disputes/:id': rule(PLATFORM_READERS, lookup('dispute')),
    'POST /disputes/:id/accept': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/assign-mediator': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/close': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/escalate': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/mark-overdue': rule(OPERATIONS, lookup('dispute')),
    'POST /disputes/:id/rate-satisfaction': rule([...MEDIATION, 'municipal_platform'], lookup('dispute')),
    'POST /disputes/:id/record-session': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/reject': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/reopen': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/resolve': rule(MEDIATION, lookup('dispute')),
    'POST /disputes/:id/withdraw': rule([...MEDIATION, 'municipal_platform'], lookup('dispute')),
  },
  'property-services': {
    'GET /communities/:communityId/contracts': rule(PLATFORM_READERS, path('communityId')),
    'POST /communities/:communityId/contracts': rule(OWNERS, path('communityId')),
    'POST /communities/:communityId/contracts/:contractId/renewal': rule(OWNERS, path('communityId')),
    'POST /communities/:communityId/contracts/:contractId/termination': rule(OWNERS, path('communityId')),
    'GET /communities/:communityId/fees': rule(PLATFORM_READERS, path('communityId')),
    'PUT /communities/:communityId/fees/:period': rule([...OWNERS, 'property_manager'], path('communityId')),
    'GET /communities/:communityId/ledger': rule(READERS, path('communityId')),
    'POST /communities/:communityId/ledger/expenditure': rule(PROPERTY, path('communityId')),
    'POST /communities/:communityId/ledger/revenue': rule(PROPERTY, path('communityId')),
    'POST /communities/:communityId/ledger/reversals': rule(PROPERTY, path('communityId')),
    'GET /communities/:communityId/statements': rule(PLATFORM_READERS, path('communityId')),
    'POST /communities/:communityId/statements': rule(PROPERTY, path('communityId')),
    'GET /communities/:communityId/statements/:period': rule(PLATFORM_READERS, path('communityId')),
    'POST /communities/:communityId/tenders': rule(OWNERS, path('communityId')),
    'GET /companies': rule(PLATFORM_READERS, reference),
    'POST /companies': rule(ADMIN, county),
    'GET /companies/:companyId': rule(PLATFORM_READERS, reference),
    'POST /companies/:companyId/reinstatement': rule(ADMIN, county),
    'POST /companies/:companyId/suspension': rule(ADMIN, county),
    // Names every community the service has seen, county-wide: like the ratings dashboard, root scope only.
    'GET /coverage': rule(PLATFORM_READERS, county),
  },
  ratings: {
    'POST /communities/:communityId/awards/:period': rule(RATING, path('communityId')),
    'POST /communities/:communityId/awards/:period/amend': rule(RATING, path('communityId')),
    'POST /communities/:communityId/awards/:period/revoke': rule(RATING, path('communityId')),
    'GET /communities/:communityId/governance-history': rule(PLATFORM_READERS, path('communityId')),
    'GET /communities/:communityId/ratings': rule(PLATFORM_READERS, path('communityId')),
    'GET /communities/:communityId/ratings/:period': rule(PLATFORM_READERS, path('communityId')),
    'GET /dashboard': rule(PLATFORM_READERS, county),
    'GET /projections': rule(['operator', 'auditor', 'county_admin'], reference),
    'GET /rubrics': rule(PLATFORM_READERS, reference),
    'GET /rubrics/:rubricId/versions': rule(PLATFORM_READERS, reference),
    'POST /rubrics/:rubricId/versions': rule(RATING, county),
  },
};

/** Routes the service kit mounts in every service (operators' dead-letter commands). */
export const KIT_ROUTES: ServiceRoutes = {
  'GET /dead-letters': rule([...OPERATIONS, 'auditor'], county),
  'POST /dead-letters/:group/:key/retry': rule(OPERATIONS, county),
  'POST /dead-letters/:group/:key/skip': rule(OPERATIONS, county),
};

/** The rule of a route of a service: its own entry, else the kit's; undefined = not declared (denied). */
export const ruleFor = (service: string, method: string, route: string, matrix = ROUTE_MATRIX): RouteRule | undefined =>
  matrix[service]?.[`${method} ${route}`] ?? KIT_ROUTES[`${method} ${route}`];

/** Paths no token is needed for (probes, documents, in-cluster metrics). */
export const PUBLIC_PATHS: readonly RegExp[] = [/^\/health\//, /^\/docs(?:[-/].*)?$/, /^\/asyncapi\.json$/, /^\/metrics$/];

export const isPublicPath = (url: string): boolean => PUBLIC_PATHS.some((pattern) => pattern.test(url));
