import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DEV_ROOT_UNIT, ROUTE_MATRIX, type OrgTree, type Role, type RouteScope } from '@linli/security';
import { authHeaders } from './test-tokens.js';

// Shared pieces of the BOLA (OWASP API1) properties of every service: a small county tree the test
// knows the answer for, generated users (role × unit) and the one rule a property checks: whatever
// lies outside a token's unit answers 403 or 404, and a list shows nothing outside it.

/** A residential community and the unit it is registered under. */
export interface CountyCommunity {
  readonly id: string;
  readonly unit: string;
}

/** A request a sweep generates: a declared route, aimed at a target outside the user's unit. */
export interface CrossScopeCall {
  readonly user: ScopedUser;
  readonly method: string;
  readonly path: string;
  readonly body?: Record<string, string>;
}

/** Per resource kind a route looks up (`dispute`, `member`…): community → the id of one such resource in it. */
export type ResourcesByCommunity = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A user a property generates: a role the route allows, scoped to one unit of the county. */
export interface ScopedUser {
  readonly role: Role;
  readonly unit: string;
}

/**
 * A county the test knows by heart: units with their parents (the top ones under the root) and the
 * communities registered under them, plus one unit outside it all. Fed to a booted service's tree,
 * it is the truth the properties compare answers with.
 */
export class BolaCounty {
  /** A unit the tree has never heard of: nothing lies within it. */
  readonly elsewhere = `unit-elsewhere-${randomUUID().slice(0, 8)}`;

  constructor(
    /** unit → its parent (the top ones: DEV_ROOT_UNIT). */
    readonly parentOf: Readonly<Record<string, string>>,
    readonly communities: readonly CountyCommunity[],
  ) {}

  /** Two towns under the root, three community units (two in the first town), one community each; made-up units. */
  static synthetic(): BolaCounty {
    const run = randomUUID().slice(0, 8);
    const [townA, townB] = [`town-a-${run}`, `town-b-${run}`];
    const units = { [townA]: DEV_ROOT_UNIT, [townB]: DEV_ROOT_UNIT, [`cu-a1-${run}`]: townA, [`cu-a2-${run}`]: townA, [`cu-b1-${run}`]: townB };
    // Community ids are UUIDs, as the organizations service makes them (some services validate that).
    return new BolaCounty(units, Object.keys(units).slice(2).map((unit) => ({ id: randomUUID(), unit })));
  }

  /** The units a generated user may be scoped to: every unit of the county and one outside it. */
  get units(): string[] {
    return [...Object.keys(this.parentOf), this.elsewhere];
  }

  /** The test's own model of scope: a community or unit lies within a unit when that unit is on its path to the root. */
  inScope(target: string, unitId: string): boolean {
    let unit: string | undefined = this.communities.find((c) => c.id === target)?.unit ?? (target in this.parentOf ? target : undefined);
    while (unit) {
      if (unit === unitId) return true;
      unit = this.parentOf[unit];
    }
    return false;
  }

  /** Tells a service's tree about the county, as the organizations service's public events would. */
  feed(tree: OrgTree): void {
    for (const [unitId, parentUnitId] of Object.entries(this.parentOf)) tree.apply({ type: 'cn.linli.organizations.unit-established.v1', data: { unitId, parentUnitId, servedCommunityIds: [] } });
    for (const { id, unit } of this.communities) tree.apply({ type: 'cn.linli.organizations.community-registered.v1', data: { communityId: id, communityUnitId: unit } });
  }

  /** Users of the roles the matrix lets call the route, scoped anywhere in (or outside) the county. */
  user(service: string, route: string): fc.Arbitrary<ScopedUser> {
    const roles = ROUTE_MATRIX[service]?.[route]?.roles ?? [];
    if (roles.length === 0) throw new Error(`${service} ${route} is not in the route matrix`);
    return fc.record({ role: fc.constantFrom(...roles), unit: fc.constantFrom(...this.units) });
  }

  /**
   * Every route the matrix declares for the service (reference data aside), called by a role it
   * allows with its target — the community or unit in the path, body or query, the resource it looks
   * up, or the county — outside the caller's unit. `resources` names a resource of each community for
   * every lookup kind the service declares.
   */
  crossScopeCalls(service: string, resources: ResourcesByCommunity = {}): fc.Arbitrary<CrossScopeCall> {
    const routes = Object.entries(ROUTE_MATRIX[service] ?? {}).filter(([, rule]) => rule.scope.kind !== 'reference');
    const targets = [...this.communities.map((c) => c.id), ...Object.keys(this.parentOf)];
    return fc.constantFrom(...routes).chain(([route, { roles, scope }]) => {
      const lookedUp = scope.kind === 'lookup' ? resources[scope.resource] : undefined;
      if (scope.kind === 'lookup' && !lookedUp) throw new Error(`${service} ${route} looks up a ${scope.resource}: name one per community`);
      return fc
        .record({ role: fc.constantFrom(...roles), unit: fc.constantFrom(...this.units), target: fc.constantFrom(...(lookedUp ? Object.keys(lookedUp) : targets)) })
        .filter(({ unit, target }) => scope.kind === 'county' || !this.inScope(target, unit))
        .map(({ role, unit, target }) => callOf(route, scope, { role, unit }, lookedUp?.[target] ?? target));
    });
  }

  /** One of the county's communities. */
  community(): fc.Arbitrary<string> {
    return fc.constantFrom(...this.communities.map((c) => c.id));
  }

  /** Checks an answer to a request on one target: within the unit it may not be a 403; outside it must be a 403 or a 404. */
  expectScoped(status: number, target: string, user: ScopedUser): void {
    if (this.inScope(target, user.unit)) expect(status).not.toBe(403);
    else expect([403, 404]).toContain(status);
  }

  /** Checks a list (or any read): refused (403) outside the unit; within it, every community it names anywhere lies within the unit. */
  expectListScoped(answer: { readonly status: number; readonly body: unknown }, target: string, user: ScopedUser): void {
    expect(answer.status).toBe(this.inScope(target, user.unit) ? 200 : 403);
    expect(communitiesNamedIn(answer.body).filter((community) => !this.inScope(community, user.unit))).toEqual([]);
  }
}

/** The request of a route aimed at `target` where its scope says the target lies (other parameters: any value, the guard decides first). */
function callOf(route: string, scope: RouteScope, user: ScopedUser, target: string): CrossScopeCall {
  const [method = 'GET', pattern = '/'] = route.split(' ');
  const scopeParam = scope.kind === 'path' || scope.kind === 'lookup' ? scope.param : undefined;
  const path = pattern.replace(/:(\w+)/g, (_, param: string) => (param === scopeParam ? target : 'x1')) + (scope.kind === 'query' ? `?${scope.param}=${target}` : '');
  const body = method === 'GET' ? undefined : scope.kind === 'body' ? { [scope.field]: target } : {};
  return { user, method, path, ...(body ? { body } : {}) };
}

/** Every `communityId` value anywhere in a JSON answer. */
export function communitiesNamedIn(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap(communitiesNamedIn);
  if (typeof body !== 'object' || body === null) return [];
  return Object.entries(body).flatMap(([key, value]) => (key === 'communityId' && typeof value === 'string' ? [value] : communitiesNamedIn(value)));
}

/** Sends a generated call to a booted service as its user; the answer's status. */
export async function statusOf(baseUrl: string, call: CrossScopeCall): Promise<number> {
  const headers = { ...(await tokenOf(call.user)), ...(call.body ? { 'content-type': 'application/json' } : {}) };
  const response = await fetch(`${baseUrl}${call.path}`, { method: call.method, headers, ...(call.body ? { body: JSON.stringify(call.body) } : {}) });
  await response.arrayBuffer();
  return response.status;
}

/** The bearer header of a generated user. */
export const tokenOf = ({ role, unit }: ScopedUser): Promise<Record<string, string>> => authHeaders({ subject: `user-${role}-${unit}`, role, unitId: unit });

/** fast-check settings of the BOLA properties: a fixed seed, so a failure replays. */
export const BOLA_RUNS = { numRuns: 40, seed: 20_260_101 } as const;
