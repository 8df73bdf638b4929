import fc from 'fast-check';
import { DomainRuleViolation } from '@linli/domain-kernel';
import { dissolveUnit, establishUnit, renameUnit, upgradeUnit } from '../test/org-units.js';
import { unitAsOf } from './org-tree.js';
import type { OrgUnitCommand } from './org-unit.commands.js';
import type { OrgUnitEvent } from './org-unit.events.js';
import { orgUnitDecider } from './org-unit.js';

// Whatever commands arrive, in whatever date order, the accepted history keeps its effective dates in
// order, so "as of" any date is exactly a prefix of the stream: a replay never sees a later change first.

const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2020, 5, 1 + n)).toISOString().slice(0, 10));
const command: fc.Arbitrary<OrgUnitCommand> = fc.oneof(
  day.map((effectiveFrom) => renameUnit({ name: `Name ${effectiveFrom}`, effectiveFrom })),
  fc.tuple(day, fc.constantFrom('community_party_general_branch' as const, 'community_party_committee' as const)).map(([effectiveFrom, toType]) => upgradeUnit({ toType, effectiveFrom })),
  fc.tuple(day, fc.nat(2)).map(([effectiveFrom, activeChildCount]) => dissolveUnit({ effectiveFrom, facts: { activeChildCount } })),
);

function accepted(commands: OrgUnitCommand[]): OrgUnitEvent[] {
  const history: OrgUnitEvent[] = [];
  for (const next of [establishUnit({ type: 'community_party_branch' }), ...commands]) {
    try {
      history.push(...orgUnitDecider.decide(next, history.reduce(orgUnitDecider.evolve, orgUnitDecider.initialState())));
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
    }
  }
  return history;
}

describe('a unit as of any date', () => {
  it('is the fold of a prefix of its stream', () =>
    fc.assert(
      fc.property(fc.array(command, { maxLength: 12 }), day, (commands, asOf) => {
        const history = accepted(commands);
        const effective = history.filter((event) => event.data.effectiveFrom <= asOf);
        expect(history.slice(0, effective.length)).toEqual(effective);
        expect(unitAsOf(history, asOf)).toEqual(effective.reduce(orgUnitDecider.evolve, orgUnitDecider.initialState()));
      }),
    ));
});
