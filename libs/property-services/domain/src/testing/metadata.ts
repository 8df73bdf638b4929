import type { CommandMetadata } from '@linli/domain-kernel';

/** Command metadata for specs: an owners' committee member acting at `now` (default 2025-04-10 10:00 in China). */
export function metadata(now = '2025-04-10T02:00:00Z'): CommandMetadata {
  return {
    now,
    actor: { id: 'member-zhang', role: 'owners_committee', orgUnitId: 'yingbin-garden' },
    correlationId: 'corr-1',
    causationId: 'cause-1',
  };
}
