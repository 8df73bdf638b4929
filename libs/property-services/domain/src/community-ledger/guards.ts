import { DomainRuleViolation } from '@linli/domain-kernel';
import { businessDateOf, requireIsoDate, type IsoDate } from '../calendar/dates.js';
import { contentsOf, statementClosing, type CommunityLedger } from './state.js';

/** Entry ids are unique across the ledger, reversals included. */
export function requireNewEntryId(state: CommunityLedger, entryId: string): void {
  if (contentsOf(state).entries.some((entry) => entry.entryId === entryId))
    throw new DomainRuleViolation('EntryAlreadyExists', `entry ${entryId} is already in the ledger`);
}

/** Amounts are whole fen above zero; the side of the account says which way the money went. */
export function requireAmount(amountFen: number): number {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0)
    throw new DomainRuleViolation('InvalidAmount', `an amount is a whole number of fen above 0, not ${amountFen}`);
  return amountFen;
}

/** An entry's date: a real day, not after today (in China), and not inside a period already published. */
export function requireOpenEntryDate(state: CommunityLedger, value: string, now: string): IsoDate {
  const date = requireIsoDate(value, 'date');
  if (date > businessDateOf(now)) throw new DomainRuleViolation('EntryDatedInFuture', `entry date ${date} has not come yet`);
  requirePeriodOpen(state, date);
  return date;
}

/** Nothing may be added to a period whose statement is published: that would silently change it. */
export function requirePeriodOpen(state: CommunityLedger, date: IsoDate): void {
  const statement = statementClosing(state, date);
  if (statement)
    throw new DomainRuleViolation('PeriodClosed', `${date} falls in ${statement.period}, whose statement was published on ${statement.publishedOn}`);
}

/** Free text that must say something; returned trimmed. */
export function requireText(value: string, code: string, what: string): string {
  const text = value.trim();
  if (text === '') throw new DomainRuleViolation(code, `${what} is required`);
  return text;
}
