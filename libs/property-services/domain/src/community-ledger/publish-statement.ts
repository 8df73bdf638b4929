import { DomainRuleViolation } from '@linli/domain-kernel';
import { addDays, businessDateOf } from '../calendar/dates.js';
import { periodRange } from '../calendar/periods.js';
import type { PublishStatement } from './commands.js';
import type { CommunityLedgerEvent } from './events.js';
import { draftStatement } from './statement.js';
import { contentsOf, type CommunityLedger } from './state.js';

/** Days after the end of a period within which its statement counts as published on schedule. */
export const DEFAULT_PUBLICATION_DEADLINE_DAYS = 15;

/**
 * Closes a finished month or quarter and publishes its statement, totalled and sealed from the
 * period's entries and fee records. From then on nothing can be dated inside the period.
 */
export function publishStatement({ data, metadata }: PublishStatement, state: CommunityLedger): CommunityLedgerEvent[] {
  const range = periodRange(data.period);
  if (!range) throw new DomainRuleViolation('InvalidPeriod', `a statement covers a month (YYYY-MM) or a quarter (YYYY-Qn), not ${data.period}`);
  const { entries, fees, statements } = contentsOf(state);
  if (statements.some((statement) => statement.period === range.period))
    throw new DomainRuleViolation('StatementAlreadyPublished', `the statement for ${range.period} is already published`);
  const days = data.publicationDeadlineDays ?? DEFAULT_PUBLICATION_DEADLINE_DAYS;
  if (!Number.isSafeInteger(days) || days < 0)
    throw new DomainRuleViolation('InvalidPublicationDeadline', `the publication deadline is a whole number of days of at least 0, not ${days}`);
  const publishedOn = businessDateOf(metadata.now);
  if (publishedOn <= range.end)
    throw new DomainRuleViolation('PeriodNotEnded', `${range.period} runs until ${range.end}; it can be closed from the day after`);
  const deadline = addDays(range.end, days);
  const figures = draftStatement(data.communityId, range, entries, fees);
  return [{ type: 'property.StatementPublished', data: { ...figures, publishedOn, deadline, onTime: publishedOn <= deadline } }];
}
