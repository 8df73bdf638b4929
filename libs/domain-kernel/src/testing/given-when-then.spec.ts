import { assertNever, DomainRuleViolation, type Command, type Decider, type DomainEvent } from '../index.js';
import { deciderSpec } from './given-when-then.js';

// A two-state toggle, just big enough to prove the spec helper passes and fails when it should.
type Toggled = DomainEvent<'test.Toggled', { on: boolean }>;
type Toggle = Command<'Toggle', { on: boolean }>;
const toggle: Decider<Toggle, Toggled, { on: boolean }> = {
  initialState: () => ({ on: false }),
  decide: (command, state) => {
    if (command.data.on === state.on) throw new DomainRuleViolation('AlreadyInState', `already ${state.on ? 'on' : 'off'}`);
    return [{ type: 'test.Toggled', data: { on: command.data.on } }];
  },
  evolve: (_state, event) => {
    switch (event.type) {
      case 'test.Toggled':
        return { on: event.data.on };
      default:
        return assertNever(event.type);
    }
  },
};
const metadata = { now: '2026-01-01T00:00:00Z', actor: { id: 'u', role: 'r', orgUnitId: 'o' }, correlationId: 'c', causationId: 'c' };
const spec = deciderSpec(toggle);

describe('given/when/then over a decider', () => {
  it('passes when the decided events are the expected ones', () =>
    spec.given().when({ type: 'Toggle', data: { on: true }, metadata }).then({ type: 'test.Toggled', data: { on: true } }));

  it('folds the history before deciding', () =>
    spec.given({ type: 'test.Toggled', data: { on: true } }).when({ type: 'Toggle', data: { on: true }, metadata }).thenRejects('AlreadyInState'));

  it('fails when the decided events differ', () =>
    expect(() => spec.given().when({ type: 'Toggle', data: { on: true }, metadata }).then({ type: 'test.Toggled', data: { on: false } })).toThrow());

  it('fails when a rejection has another code', () =>
    expect(() => spec.given().when({ type: 'Toggle', data: { on: false }, metadata }).thenRejects('SomethingElse')).toThrow());
});
