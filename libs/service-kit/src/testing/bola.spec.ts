import { OrgTree } from '@linli/security';
import { BolaCounty, communitiesNamedIn } from './bola.js';

// The BOLA properties compare every answer with the county's own model of scope: that model must
// say exactly what the services' tree says once it is fed, or the properties prove nothing.

describe('the county the BOLA properties reason with', () => {
  const county = BolaCounty.synthetic();
  const tree = new OrgTree();
  county.feed(tree);
  const [a1, a2, b1] = county.communities;
  const [townA, townB, unitA1] = Object.keys(county.parentOf);

  it('agrees with the fed organisation tree on every unit and community', () => {
    for (const unit of county.units) {
      for (const target of [...county.communities.map((c) => c.id), ...Object.keys(county.parentOf)]) {
        expect([unit, target, county.inScope(target, unit)]).toEqual([unit, target, tree.isWithin(target, unit)]);
      }
    }
  });

  it('puts a town\'s communities within the town, and nothing of the other town or outside the county', () => {
    expect([a1, a2, b1].map((c) => county.inScope(c!.id, townA!))).toEqual([true, true, false]);
    expect(county.inScope(a2!.id, unitA1!)).toBe(false);
    expect(county.inScope(b1!.id, townB!)).toBe(true);
    expect(county.communities.some((c) => county.inScope(c.id, county.elsewhere))).toBe(false);
  });

  it('finds every community an answer names, however deep', () => {
    expect(communitiesNamedIn({ communityId: 'rc-1', items: [{ communityId: 'rc-2', history: [{ communityId: 'rc-3' }] }, { other: 'rc-4' }] })).toEqual(['rc-1', 'rc-2', 'rc-3']);
  });
});
