import type { CommandMetadata } from '@linli/domain-kernel';

/** Command metadata for tests: a fixed `now` (Beijing time) and an actor, overridable. */
export function metadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    now: '2025-06-01T09:00:00+08:00',
    actor: { id: 'staff-1', role: 'working_committee_staff', orgUnitId: 'working-committee' },
    correlationId: 'corr-1',
    causationId: 'cause-1',
    ...overrides,
  };
}
