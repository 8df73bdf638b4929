import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import type { ReverseEntry } from './commands.js';
import type { CommunityLedgerEvent, Posting } from './events.js';
import { requireNewEntryId, requireOpenEntryDate, requireText } from './guards.js';
import { contentsOf, type CommunityLedger, type LedgerEntry } from './state.js';

/** Cancels an original entry in full with a new entry; an entry is reversed at most once and a reversal never. */
export function reverseEntry({ data, metadata }: ReverseEntry, state: CommunityLedger): CommunityLedgerEvent[] {
  requireNewEntryId(state, data.entryId);
  const { entries } = contentsOf(state);
  const original = entries.find((entry) => entry.entryId === data.reversedEntryId);
  if (!original) throw new NotFound('LedgerEntry', data.reversedEntryId);
  if (original.kind === 'reversal')
    throw new DomainRuleViolation('CannotReverseAReversal', `${original.entryId} is itself a reversal; record the entry again instead`);
  const earlier = entries.find((entry) => entry.kind === 'reversal' && entry.reversedEntryId === original.entryId);
  if (earlier) throw new DomainRuleViolation('EntryAlreadyReversed', `${original.entryId} was already reversed by ${earlier.entryId}`);
  const date = requireOpenEntryDate(state, data.date, metadata.now);
  if (date < original.date)
    throw new DomainRuleViolation('ReversalBeforeOriginal', `a reversal cannot be dated ${date}, before the entry it cancels (${original.date})`);
  const reason = requireText(data.reason, 'ReasonRequired', 'the reason for a correction');
  return [
    {
      type: 'property.EntryReversed',
      data: {
        communityId: data.communityId,
        entryId: data.entryId,
        reversedEntryId: original.entryId,
        amountFen: original.amountFen,
        date,
        reason,
        ...postingOf(original),
      },
    },
  ];
}

function postingOf(entry: LedgerEntry): Posting {
  return entry.direction === 'revenue' ? { direction: 'revenue', category: entry.category } : { direction: 'expenditure', category: entry.category };
}
