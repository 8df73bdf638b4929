import type { Projection } from '@linli/projections';
import { eventOfType } from '../property-event.js';

/** How the owners' committee recruited a company (选聘). */
export interface TenderView {
  readonly tenderId: string;
  readonly tenderDate: string;
  readonly biddersCount: number;
  readonly selectedCompanyId: string;
}

/**
 * A residential community as far as this service has seen it: through its contracts and tenders,
 * or through its ledger (fees, entries, statements). The register of all communities belongs to
 * the organizations service; this one only knows those that left a trace here.
 */
export interface CommunityDoc {
  readonly communityId: string;
  readonly firstSeenAt: string;
  readonly hasContractsRecord: boolean;
  readonly keepsLedger: boolean;
  readonly tenders: readonly TenderView[];
}

const CONTRACT_TYPES = ['property.CompanyRecruited', 'property.ContractSigned', 'property.ContractRenewed', 'property.ContractTerminated'] as const;
const LEDGER_TYPES = [
  'property.RevenueRecorded',
  'property.ExpenditureRecorded',
  'property.EntryReversed',
  'property.FeesRecorded',
  'property.StatementPublished',
] as const;

/** One document per community seen in any contracts or ledger stream, with its tenders. */
export const communitiesProjection: Projection<CommunityDoc> = {
  name: 'property_communities',
  version: 1,
  keys: (event) => {
    const seen = eventOfType(event, [...CONTRACT_TYPES, ...LEDGER_TYPES]);
    return seen ? [seen.data.communityId] : [];
  },
  evolve: (doc, event, communityId) => {
    const current: CommunityDoc = doc ?? { communityId, firstSeenAt: event.occurredAt, hasContractsRecord: false, keepsLedger: false, tenders: [] };
    if (eventOfType(event, LEDGER_TYPES)) return { ...current, keepsLedger: true };
    const contracts = eventOfType(event, CONTRACT_TYPES);
    if (!contracts) return doc;
    if (contracts.type !== 'property.CompanyRecruited') return { ...current, hasContractsRecord: true };
    const { communityId: _, ...tender } = contracts.data;
    const tenders = current.tenders.some((known) => known.tenderId === tender.tenderId) ? current.tenders : [...current.tenders, tender];
    return { ...current, hasContractsRecord: true, tenders };
  },
};
