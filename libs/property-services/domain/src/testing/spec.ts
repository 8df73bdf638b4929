import { fold, NotFound, type Command, type Decider, type DomainEvent } from '@linli/domain-kernel';
import { deciderSpec } from '@linli/domain-kernel/testing';

/** The kernel's given/when/then, plus `thenNotFound(entity, id)` for commands naming something absent (HTTP 404). */
export function spec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  const base = deciderSpec(decider);
  return {
    given: (...history: E[]) => ({
      when: (command: C) => ({
        ...base.given(...history).when(command),
        thenNotFound: (entity: string, id: string) => {
          const decide = () => decider.decide(command, fold(decider, history));
          expect(decide).toThrow(NotFound);
          expect(decide).toThrow(expect.objectContaining({ entity, id }));
        },
      }),
    }),
  };
}
