import { byCommunity, v1On } from './channel.js';
import { boolean, codes, count, date, fen, id, nullableId, payload } from './schema-parts.js';
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

export interface CoverageChangedV1 {
  communityId: string;
  contractId: string;
  covered: boolean;
  effectiveDate: string;
  coveredUntil?: string;
}

/**
 * Whether a company serves the community changed from `effectiveDate`: published with every signing
 * (covered from the period start), renewal (covered from the day after the previous end) and early
 * termination (uncovered from the termination date). While covered, `coveredUntil` is the last day in
 * force. A contract that simply runs out publishes nothing on that day: a reader treats the community
 * as uncovered after `coveredUntil` unless a later coverage change (renewal, next contract) says otherwise.
 */
export const coverageChangedV1 = v1<CoverageChangedV1>({
  type: 'cn.linli.property.coverage-changed.v1',
  summary: 'Whether a property service company serves a residential community changed from a date.',
  schema: payload('CoverageChangedV1', { communityId: id, contractId: id, covered: boolean, effectiveDate: date, coveredUntil: date }, ['coveredUntil']),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', covered: true, effectiveDate: '2025-07-01', coveredUntil: '2028-06-30' },
  partitionKey: byCommunity,
});
