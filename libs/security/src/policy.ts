import type { OrgTree } from './org-tree.js';
import type { Principal } from './roles.js';
import { ROUTE_MATRIX, ruleFor, type RouteScope } from './route-matrix.js';

/** Maps a resource id (a dispute, a member…) to the community or unit it belongs to; undefined when unknown. */
export type ScopeResolver = (id: string) => Promise<string | undefined>;

/** What the policy looks at: who, which route, and where the request names its target. */
export interface AccessRequest {
  readonly principal: Principal;
  readonly service: string;
  readonly method: string;
  /** The route pattern as the router matched it (`/disputes/:id`). */
  readonly route: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/** The facts the policy decides with: the tree as of now, its root, the services' resolvers. */
export interface PolicyContext {
  readonly tree: OrgTree;
  readonly rootUnitId: string;
  readonly resolvers: Readonly<Record<string, ScopeResolver>>;
  readonly matrix?: typeof ROUTE_MATRIX;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** The one place that decides whether a principal may call a route on a target (function level, then object level). */
export async function authorize(request: AccessRequest, context: PolicyContext): Promise<Decision> {
  const rule = ruleFor(request.service, request.method, request.route, context.matrix ?? ROUTE_MATRIX);
  if (!rule) return deny('route not in the role matrix');
  if (!rule.roles.includes(request.principal.role)) return deny(`role ${request.principal.role} may not call this route`);
  if (request.principal.unitId === context.rootUnitId) return ALLOW;
  const target = await targetOf(rule.scope, request, context);
  if (target === 'anywhere') return ALLOW;
  if (target === undefined) return deny('the target is outside the token\'s unit');
  return context.tree.isWithin(target, request.principal.unitId) ? ALLOW : deny('the target is outside the token\'s unit');
}

/** The unit or community a request acts on; `anywhere` for reference data; undefined = root scope only. */
async function targetOf(scope: RouteScope, request: AccessRequest, context: PolicyContext): Promise<string | 'anywhere' | undefined> {
  switch (scope.kind) {
    case 'reference':
      return 'anywhere';
    case 'county':
      return undefined;
    case 'path':
      return text(request.params[scope.param]);
    case 'query':
      return text(request.query[scope.param]);
    case 'body':
      return typeof request.body === 'object' && request.body !== null ? text((request.body as Record<string, unknown>)[scope.field]) : undefined;
    case 'lookup': {
      const id = text(request.params[scope.param]);
      const resolver = context.resolvers[scope.resource];
      return id && resolver ? resolver(id) : undefined;
    }
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
