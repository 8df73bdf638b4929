import { OrgTree } from '../org-tree.js';
import { authorize, type AccessRequest, type PolicyContext } from '../policy.js';
import { KIT_ROUTES, ROUTE_MATRIX } from '../route-matrix.js';
import { ROLES, type Principal, type Role } from '../roles.js';

const tree = new OrgTree();
for (const [unitId, parentUnitId] of [['county', null], ['town-a', 'county'], ['town-b', 'county']] as const) {
  tree.apply({ type: 'cn.linli.organizations.unit-established.v1', data: { unitId, parentUnitId, servedCommunityIds: [] } });
}
tree.apply({ type: 'cn.linli.organizations.community-registered.v1', data: { communityId: 'rc-a', communityUnitId: 'town-a' } });
tree.apply({ type: 'cn.linli.organizations.community-registered.v1', data: { communityId: 'rc-b', communityUnitId: 'town-b' } });

const disputes: Record<string, string> = { 'dispute-a': 'rc-a', 'dispute-b': 'rc-b' };
const context: PolicyContext = { tree, rootUnitId: 'county', resolvers: { dispute: async (id) => disputes[id] } };
const who = (role: Role, unitId = 'town-a'): Principal => ({ subject: 'user-1', role, unitId });
const request = (principal: Principal, method: string, route: string, parts: Partial<AccessRequest> = {}): AccessRequest => ({
  principal, service: 'disputes', method, route, params: {}, query: {}, body: undefined, ...parts,
});
const allowed = async (access: AccessRequest) => (await authorize(access, context)).allowed;

describe('the access policy', () => {
  it('declares every route of every service in one matrix (the snapshot shows any change for review)', () => {
    const table = Object.fromEntries(
      Object.entries({ ...ROUTE_MATRIX, '(every service)': KIT_ROUTES }).map(([service, routes]) => [
        service,
        Object.fromEntries(Object.entries(routes).map(([route, rule]) => [route, `${rule.roles.join(',')} @ ${JSON.stringify(rule.scope)}`])),
      ]),
    );
    expect(table).toMatchSnapshot();
  });

  it('denies a route the matrix does not declare, even to the county administrator at the root', async () => {
    expect(await allowed(request(who('county_admin', 'county'), 'DELETE', '/disputes/:id'))).toBe(false);
  });

  it.each(ROLES.map((role) => [role]))('lets %s call a route only when the matrix names its role', async (role) => {
    const rule = ROUTE_MATRIX['disputes']?.['POST /disputes/:id/assign-mediator'];
    expect(await allowed(request(who(role, 'county'), 'POST', '/disputes/:id/assign-mediator', { params: { id: 'dispute-a' } }))).toBe(rule?.roles.includes(role));
  });

  it('lets the auditor read everything and change nothing', () => {
    for (const [service, routes] of Object.entries(ROUTE_MATRIX)) {
      for (const [route, rule] of Object.entries(routes)) {
        expect({ service, route, auditor: rule.roles.includes('auditor') }).toEqual({ service, route, auditor: route.startsWith('GET ') });
      }
    }
  });

  it('lets a token act on a community below its unit, looked up from the resource', async () => {
    expect(await allowed(request(who('mediator'), 'POST', '/disputes/:id/accept', { params: { id: 'dispute-a' } }))).toBe(true);
    expect(await allowed(request(who('mediator'), 'POST', '/disputes/:id/accept', { params: { id: 'dispute-b' } }))).toBe(false);
  });

  it('checks a community named in the body', async () => {
    expect(await allowed(request(who('branch_secretary'), 'POST', '/disputes', { body: { communityId: 'rc-a' } }))).toBe(true);
    expect(await allowed(request(who('branch_secretary'), 'POST', '/disputes', { body: { communityId: 'rc-b' } }))).toBe(false);
    expect(await allowed(request(who('branch_secretary'), 'POST', '/disputes', { body: {} }))).toBe(false);
  });

  it('makes a scoped token narrow a list to a community in its scope', async () => {
    expect(await allowed(request(who('auditor'), 'GET', '/disputes', { query: { communityId: 'rc-a' } }))).toBe(true);
    expect(await allowed(request(who('auditor'), 'GET', '/disputes', { query: { communityId: 'rc-b' } }))).toBe(false);
    expect(await allowed(request(who('auditor'), 'GET', '/disputes', { query: {} }))).toBe(false);
    expect(await allowed(request(who('auditor', 'county'), 'GET', '/disputes', { query: {} }))).toBe(true);
  });

  it('keeps county-wide commands to tokens scoped to the root, and lets any scope read reference data', async () => {
    const property = (principal: Principal, method: string, route: string) => authorize({ ...request(principal, method, route), service: 'property-services' }, context);
    expect((await property(who('county_admin'), 'POST', '/companies')).allowed).toBe(false);
    expect((await property(who('county_admin', 'county'), 'POST', '/companies')).allowed).toBe(true);
    expect((await property(who('owners_committee'), 'GET', '/companies')).allowed).toBe(true);
  });

  it('denies a lookup the service cannot resolve (unknown resource) to anyone below the root', async () => {
    expect(await allowed(request(who('mediator'), 'GET', '/disputes/:id', { params: { id: 'no-such' } }))).toBe(false);
    expect(await allowed(request(who('mediator', 'county'), 'GET', '/disputes/:id', { params: { id: 'no-such' } }))).toBe(true);
  });
});
