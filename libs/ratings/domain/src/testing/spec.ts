import { DomainRuleViolation, fold, NotFound, type Command, type CommandMetadata, type Decider, type DomainEvent } from '@linli/domain-kernel';
import { deciderSpec } from '@linli/domain-kernel/testing';

/** Command metadata for specs: a county assessor acting at `now` (default 2026-01-15 10:00 in China). */
export function metadata(now = '2026-01-15T02:00:00Z'): CommandMetadata {
  return {
    now,
    actor: { id: 'assessor-wang', role: 'county_assessor', orgUnitId: 'yugan-working-committee' },
    correlationId: 'corr-1',
    causationId: 'cause-1',
  };
}

/**
 * The kernel's given/when/then, plus `thenNotFound(entity, id)` for a command naming something absent
 * (HTTP 404) and `thenFailsLoudly()` for a command the application should never send (a plain Error,
 * not a rule the user broke).
 */
export function spec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  const base = deciderSpec(decider);
  return {
    given: (...history: E[]) => ({
      when: (command: C) => {
        const decide = () => decider.decide(command, fold(decider, history));
        return {
          ...base.given(...history).when(command),
          thenNotFound: (entity: string, id: string) => {
            expect(decide).toThrow(NotFound);
            expect(decide).toThrow(expect.objectContaining({ entity, id }));
          },
          thenFailsLoudly: (message: RegExp) => {
            expect(decide).toThrow(message);
            const thrown = thrownBy(decide);
            expect(thrown).not.toBeInstanceOf(DomainRuleViolation);
            expect(thrown).not.toBeInstanceOf(NotFound);
          },
        };
      },
    }),
  };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
