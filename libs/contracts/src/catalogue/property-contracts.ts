import { byCommunity, v1On } from './channel.js';
import { codes, count, date, fen, id, nullableId, payload } from './schema-parts.js';
import { PROPERTY_TOPIC } from './topics.js';

// Tenders and service contracts of a residential community: coverage follows from the periods
// (signed → renewed → terminated). Termination reasons stay private.

const v1 = v1On({ topic: PROPERTY_TOPIC, source: '/linli/property-services' });

export const SERVICE_LEVELS = ['level_1', 'level_2', 'level_3'] as const;
/** Fee standard in fen per m² per month. */
const feeStandard = fen;

export interface CompanyRecruitedV1 {
  communityId: string;
  tenderId: string;
  tenderDate: string;
  biddersCount: number;
  selectedCompanyId: string;
}

/** The owners' committee chose a company by tender (选聘). */
export const companyRecruitedV1 = v1<CompanyRecruitedV1>({
  type: 'cn.linli.property.company-recruited.v1',
  summary: "The owners' committee recruited a property service company by tender.",
  schema: payload('CompanyRecruitedV1', { communityId: id, tenderId: id, tenderDate: date, biddersCount: { ...count, minimum: 1 }, selectedCompanyId: id }),
  example: { communityId: 'rc-qianyue-1', tenderId: 'tender-2025-06', tenderDate: '2025-06-10', biddersCount: 4, selectedCompanyId: 'co-91361127' },
  partitionKey: byCommunity,
});

export interface ContractSignedV1 {
  communityId: string;
  contractId: string;
  companyId: string;
  tenderId: string | null;
  periodStart: string;
  periodEnd: string;
  feeStandardFenPerSqmMonth: number;
  serviceLevel: (typeof SERVICE_LEVELS)[number];
}

/** A company was contracted to serve a community from `periodStart` to `periodEnd` (both inclusive). */
export const contractSignedV1 = v1<ContractSignedV1>({
  type: 'cn.linli.property.contract-signed.v1',
  summary: 'A property service contract was signed for a residential community.',
  schema: payload('ContractSignedV1', {
    communityId: id,
    contractId: id,
    companyId: id,
    tenderId: nullableId,
    periodStart: date,
    periodEnd: date,
    feeStandardFenPerSqmMonth: feeStandard,
    serviceLevel: codes(SERVICE_LEVELS),
  }),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', companyId: 'co-91361127', tenderId: 'tender-2025-06', periodStart: '2025-07-01', periodEnd: '2028-06-30', feeStandardFenPerSqmMonth: 120, serviceLevel: 'level_2' },
  partitionKey: byCommunity,
});

export interface ContractRenewedV1 {
  communityId: string;
  contractId: string;
  previousPeriodEnd: string;
  periodEnd: string;
  feeStandardFenPerSqmMonth: number;
}

/** A contract was extended to `periodEnd`, at the fee standard in force from the day after `previousPeriodEnd`. */
export const contractRenewedV1 = v1<ContractRenewedV1>({
  type: 'cn.linli.property.contract-renewed.v1',
  summary: 'A property service contract was renewed for a longer period.',
  schema: payload('ContractRenewedV1', { communityId: id, contractId: id, previousPeriodEnd: date, periodEnd: date, feeStandardFenPerSqmMonth: feeStandard }),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', previousPeriodEnd: '2028-06-30', periodEnd: '2031-06-30', feeStandardFenPerSqmMonth: 130 },
  partitionKey: byCommunity,
});

export interface ContractTerminatedV1 {
  communityId: string;
  contractId: string;
  terminationDate: string;
  coveredUntil: string;
}

/** A contract ended early; coverage ends the day before termination. */
export const contractTerminatedV1 = v1<ContractTerminatedV1>({
  type: 'cn.linli.property.contract-terminated.v1',
  summary: 'A property service contract was terminated early.',
  schema: payload('ContractTerminatedV1', { communityId: id, contractId: id, terminationDate: date, coveredUntil: date }),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', terminationDate: '2026-01-01', coveredUntil: '2025-12-31' },
  partitionKey: byCommunity,
});
