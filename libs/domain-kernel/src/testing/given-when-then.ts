import type { Command, Decider, DomainEvent } from '../decider.js';

/** Given/when/then over events for a decider: `spec(decider).given(...events).when(command).then(...events)`. */
export function deciderSpec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given: (...history: E[]) => ({
      when: (command: C) => {
        const decide = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
        return {
          then: (...expected: E[]) => expect(decide()).toEqual(expected),
          thenNothingHappens: () => expect(decide()).toEqual([]),
          thenRejects: (code: string) => expect(decide).toThrow(expect.objectContaining({ code })),
        };
      },
    }),
  };
}
