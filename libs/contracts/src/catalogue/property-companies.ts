import { byStream, v1On } from './channel.js';
import { codes, id, payload } from './schema-parts.js';
import { PROPERTY_TOPIC } from './topics.js';

// The register of property service companies (物业服务企业). A company serves no single community,
// so its events are keyed by its stream. The unified social credit code is a public business
// identifier; the company's name and the reasons for a suspension stay private.

const v1 = v1On({ topic: PROPERTY_TOPIC, source: '/linli/property-services' });

/** Qualification grades; `ungraded` since the national grades were abolished in 2018. */
export const QUALIFICATION_LEVELS = ['grade_1', 'grade_2', 'grade_3', 'ungraded'] as const;
/** GB 32100-2015 unified social credit code (统一社会信用代码): 18 symbols, no I, O, S, V, Z. */
const creditCode = { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' } as const;

export interface CompanyRegisteredV1 {
  companyId: string;
  creditCode: string;
  qualificationLevel: (typeof QUALIFICATION_LEVELS)[number];
}

/** A property service company was registered. */
export const companyRegisteredV1 = v1<CompanyRegisteredV1>({
  type: 'cn.linli.property.company-registered.v1',
  summary: 'A property service company was registered.',
  schema: payload('CompanyRegisteredV1', { companyId: id, creditCode, qualificationLevel: codes(QUALIFICATION_LEVELS) }),
  example: { companyId: 'co-91361127', creditCode: '91361127MA35F3K2XA', qualificationLevel: 'ungraded' },
  partitionKey: byStream,
});

export interface CompanyStatusChangedV1 {
  companyId: string;
}

/** A company may sign or renew no contract while suspended (the reason stays private; the CloudEvent time says when). */
export const companySuspendedV1 = v1<CompanyStatusChangedV1>({
  type: 'cn.linli.property.company-suspended.v1',
  summary: 'A property service company was suspended by the county.',
  schema: payload('CompanySuspendedV1', { companyId: id }),
  example: { companyId: 'co-91361127' },
  partitionKey: byStream,
});

/** A suspended company may sign and renew contracts again. */
export const companyReinstatedV1 = v1<CompanyStatusChangedV1>({
  type: 'cn.linli.property.company-reinstated.v1',
  summary: 'A suspended property service company was reinstated.',
  schema: payload('CompanyReinstatedV1', { companyId: id }),
  example: { companyId: 'co-91361127' },
  partitionKey: byStream,
});
