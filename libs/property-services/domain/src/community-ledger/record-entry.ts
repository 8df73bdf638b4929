import { DomainRuleViolation } from '@linli/domain-kernel';
import type { RecordExpenditure, RecordRevenue } from './commands.js';
import { EXPENDITURE_CATEGORIES, REVENUE_CATEGORIES, type CommunityLedgerEvent } from './events.js';
import { requireAmount, requireNewEntryId, requireOpenEntryDate, requireText } from './guards.js';
import type { CommunityLedger } from './state.js';

/** Records public revenue (parking, advertising, lift ads, venue rental, other). */
export function recordRevenue({ data, metadata }: RecordRevenue, state: CommunityLedger): CommunityLedgerEvent[] {
  if (!REVENUE_CATEGORIES.includes(data.category)) throw unknownCategory(data.category, 'revenue');
  return [{ type: 'property.RevenueRecorded', data: { ...validEntry(data, metadata.now, state), category: data.category } }];
}

/** Records public expenditure (repairs, greening, cleaning, security, other). */
export function recordExpenditure({ data, metadata }: RecordExpenditure, state: CommunityLedger): CommunityLedgerEvent[] {
  if (!EXPENDITURE_CATEGORIES.includes(data.category)) throw unknownCategory(data.category, 'expenditure');
  return [{ type: 'property.ExpenditureRecorded', data: { ...validEntry(data, metadata.now, state), category: data.category } }];
}

function validEntry(data: (RecordRevenue | RecordExpenditure)['data'], now: string, state: CommunityLedger) {
  requireNewEntryId(state, data.entryId);
  const amountFen = requireAmount(data.amountFen);
  const counterparty = requireText(data.counterparty, 'CounterpartyRequired', 'the counterparty (who paid or was paid)');
  const date = requireOpenEntryDate(state, data.date, now);
  const voucherRef = data.voucherRef?.trim() || null;
  return { communityId: data.communityId, entryId: data.entryId, amountFen, date, counterparty, voucherRef };
}

function unknownCategory(category: string, side: string): DomainRuleViolation {
  return new DomainRuleViolation('UnknownCategory', `${category} is not a ${side} category`);
}
