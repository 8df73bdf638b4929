import { DomainRuleViolation } from '@linli/domain-kernel';
import { businessDateOf, requireIsoDate } from '../calendar/dates.js';
import type { RecordTender } from './commands.js';
import type { CommunityContractsEvent } from './events.js';
import { tenderById, type CommunityContracts } from './state.js';

/** Records how the owners' committee recruited a company: when, among how many bidders, whom it chose. */
export function recordTender({ data, metadata }: RecordTender, state: CommunityContracts): CommunityContractsEvent[] {
  if (tenderById(state, data.tenderId)) throw new DomainRuleViolation('TenderAlreadyExists', `tender ${data.tenderId} is already recorded`);
  const tenderDate = requireIsoDate(data.tenderDate, 'tenderDate');
  if (tenderDate > businessDateOf(metadata.now)) throw new DomainRuleViolation('TenderDateInFuture', `tender date ${tenderDate} has not come yet`);
  if (!Number.isSafeInteger(data.biddersCount) || data.biddersCount < 1)
    throw new DomainRuleViolation('InvalidBiddersCount', `a tender has at least one bidder, not ${data.biddersCount}`);
  const { communityId, tenderId, biddersCount, selectedCompanyId } = data;
  return [{ type: 'property.CompanyRecruited', data: { communityId, tenderId, tenderDate, biddersCount, selectedCompanyId } }];
}
