import { Random } from './random.js';
import { DEPARTMENT_LEVEL, MEMBERS, planBodies, planMembers, planReceptionDays } from './yugan-people.js';
import { planCounty } from './yugan-plan.js';

const plan = (seed: number) => {
  const random = new Random(seed);
  const county = planCounty(seed, random);
  const members = planMembers(seed, random, county);
  return { county, bodies: planBodies(seed, random, county), members, receptionDays: planReceptionDays(seed, random, county, members) };
};

describe('the Yugan County seed plan', () => {
  const { county, members, bodies, receptionDays } = plan(42);

  it('has the shape of the article: 89 residential branches, 11 pilots, 4,000 members of whom 1,300 department-level cadres', () => {
    expect(county.branches).toHaveLength(89);
    expect(county.estates.filter((estate) => estate.pilot).map((estate) => estate.name)).toEqual(
      expect.arrayContaining(['乾越一号 Qianyue No. 1', '中央首府 Central Capital', '迎宾花园 Yingbin Garden', '教师新村 Teacher New Village']),
    );
    expect(county.estates.filter((estate) => estate.pilot)).toHaveLength(11);
    expect(members).toHaveLength(MEMBERS);
    expect(members.filter((member) => member.rank === 'department_level')).toHaveLength(DEPARTMENT_LEVEL);
  });

  it('gives every estate one branch under its own community organisation, joint branches serving two', () => {
    for (const estate of county.estates) expect(estate.branch?.parentId).toBe(estate.communityUnitId);
    expect(county.branches.filter((branch) => branch.formation === 'joint').every((branch) => branch.servedCommunityIds?.length === 2)).toBe(true);
  });

  it('dates what it records in the past and in order: members report back after their branch exists', () => {
    for (const member of members) expect(member.reportedOn > (member.estate.branch?.effectiveFrom ?? '')).toBe(true);
    for (const { ownersCommittee } of bodies) if (ownersCommittee) expect(ownersCommittee.termStart >= ownersCommittee.electedOn).toBe(true);
    expect(receptionDays.filter((day) => day.held).every((day) => day.held && day.held.heldOn <= '2025-10-31')).toBe(true);
  });

  it('plans the same county, with the same ids, for the same seed, and another for another seed', () => {
    expect(JSON.stringify(plan(42).county)).toBe(JSON.stringify(county));
    expect(plan(7).county.top[0]?.id).not.toBe(county.top[0]?.id);
  });
});

describe('a county of another size (the demo’s --communities)', () => {
  it('scales the branches, joint branches and members, keeping at most the 11 pilots', () => {
    const random = new Random(42);
    const small = planCounty(42, random, 20);
    expect(small.branches).toHaveLength(20);
    expect(small.branches.filter((branch) => branch.formation === 'joint')).toHaveLength(1);
    expect(small.estates.filter((estate) => estate.pilot)).toHaveLength(11);
    expect(planMembers(42, random, small, 20 / 89)).toHaveLength(Math.round(4000 * (20 / 89)));
  });

  it('numbers the estates of a county larger than the name list, every name distinct', () => {
    const large = planCounty(42, new Random(42), 1_500);
    expect(large.branches).toHaveLength(1_500);
    expect(new Set(large.estates.map((estate) => estate.name)).size).toBe(large.estates.length);
  });
});
