import { defineContract } from '../contract.js';
import type { JsonSchema } from '../json-schema.js';
import { codes, count, date, fen, id, payload, signedFen } from './schema-parts.js';
import { PROPERTY_TOPIC } from './topics.js';

const source = '/linli/property-services';
const topic = PROPERTY_TOPIC;
const month: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' };
const period: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-((0[1-9]|1[0-2])|Q[1-4])$' };

export interface ContractSignedV1 {
  communityId: string;
  contractId: string;
  companyId: string;
  periodStart: string;
  periodEnd: string;
  feeStandardFenPerSqmMonth: number;
  serviceLevel: 'level_1' | 'level_2' | 'level_3';
}

/** A property company was contracted to serve a community for a period. */
export const contractSignedV1 = defineContract<ContractSignedV1>({
  type: 'cn.linli.property.contract-signed.v1',
  version: 1,
  topic,
  source,
  summary: 'A property service contract was signed for a residential community.',
  schema: payload('ContractSignedV1', {
    communityId: id,
    contractId: id,
    companyId: id,
    periodStart: date,
    periodEnd: date,
    feeStandardFenPerSqmMonth: fen,
    serviceLevel: codes(['level_1', 'level_2', 'level_3']),
  }),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', companyId: 'co-91361127', periodStart: '2025-07-01', periodEnd: '2028-06-30', feeStandardFenPerSqmMonth: 120, serviceLevel: 'level_2' },
  partitionKey: (data) => data.communityId,
});

export interface ContractTerminatedV1 {
  communityId: string;
  contractId: string;
  terminationDate: string;
  coveredUntil: string;
}

/** A contract ended early; coverage ends the day before termination. */
export const contractTerminatedV1 = defineContract<ContractTerminatedV1>({
  type: 'cn.linli.property.contract-terminated.v1',
  version: 1,
  topic,
  source,
  summary: 'A property service contract was terminated early.',
  schema: payload('ContractTerminatedV1', { communityId: id, contractId: id, terminationDate: date, coveredUntil: date }),
  example: { communityId: 'rc-qianyue-1', contractId: 'pc-2025-07', terminationDate: '2026-01-01', coveredUntil: '2025-12-31' },
  partitionKey: (data) => data.communityId,
});

export interface FeesCollectedV1 {
  communityId: string;
  period: string;
  billedFen: number;
  collectedFen: number;
  billedHouseholds: number;
  payingHouseholds: number;
}

/** Property fees billed and collected for a month (a later event for the month supersedes it). */
export const feesCollectedV1 = defineContract<FeesCollectedV1>({
  type: 'cn.linli.property.fees-collected.v1',
  version: 1,
  topic,
  source,
  summary: 'Property fees billed and collected for a month were recorded.',
  schema: payload('FeesCollectedV1', { communityId: id, period: month, billedFen: fen, collectedFen: fen, billedHouseholds: count, payingHouseholds: count }),
  example: { communityId: 'rc-qianyue-1', period: '2025-11', billedFen: 9_216_000, collectedFen: 8_601_600, billedHouseholds: 640, payingHouseholds: 598 },
  partitionKey: (data) => data.communityId,
});

export interface StatementPublishedV1 {
  communityId: string;
  period: string;
  feesBilledFen: number;
  feesCollectedFen: number;
  feeCollectionRateBp: number | null;
  revenueFen: number;
  expenditureFen: number;
  netFen: number;
  seal: string;
  publishedOn: string;
  onTime: boolean;
}

/** The owners' committee published its statement of fees and public revenue and expenditure. */
export const statementPublishedV1 = defineContract<StatementPublishedV1>({
  type: 'cn.linli.property.statement-published.v1',
  version: 1,
  topic,
  source,
  summary: "A statement of fees and public revenue and expenditure was published (收支公示).",
  schema: payload('StatementPublishedV1', {
    communityId: id,
    period,
    feesBilledFen: fen,
    feesCollectedFen: fen,
    feeCollectionRateBp: { type: ['integer', 'null'], minimum: 0, maximum: 10_000 },
    revenueFen: fen,
    expenditureFen: fen,
    netFen: signedFen,
    seal: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    publishedOn: date,
    onTime: { type: 'boolean' },
  }),
  example: { communityId: 'rc-qianyue-1', period: '2025-Q4', feesBilledFen: 27_648_000, feesCollectedFen: 25_804_800, feeCollectionRateBp: 9333, revenueFen: 1_250_000, expenditureFen: 980_000, netFen: 270_000, seal: 'a'.repeat(64), publishedOn: '2026-01-10', onTime: true },
  partitionKey: (data) => data.communityId,
});

/** Every public event of the property-services service. */
export const propertyContracts = [contractSignedV1, contractTerminatedV1, feesCollectedV1, statementPublishedV1];
