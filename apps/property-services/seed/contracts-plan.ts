import { addDays } from '@linli/property-services-domain';
import type { SeedCompany } from './yugan-companies.js';
import { committeeStep, seedId, type CommunityContext, type Step } from './plan.js';
import { addMonths, dayOf, Random } from './random.js';

/** A stretch of days on which a contract serves the community, at a fee (fen per m² per month). */
export interface Served {
  readonly from: string;
  readonly until: string;
  readonly feeFen: number;
}

/**
 * Tenders and contracts of one community over the year. Most estates already had a company when
 * the year began (pilots always); a few changed company mid-year; the rest recruited one during
 * the year, the last of them by the tenth month, so coverage is full before the year ends.
 */
export function contractsPlan(context: CommunityContext, companies: readonly SeedCompany[]): { steps: Step[]; served: Served[] } {
  const random = Random.of(context.seed, `contracts ${context.community.id}`);
  const first = context.window.months[0] as string;
  const company = () => random.pick(companies).companyId;
  const level = random.pick(['level_1', 'level_2', 'level_2', 'level_3'] as const);
  const fee = random.int(8, 22) * 10;
  if (!context.community.pilot && random.chance(0.42)) {
    const month = addMonths(first, random.int(0, 9));
    const start = `${addMonths(month, 1)}-01`;
    const steps = signing(context, 'new', company(), dayOf(month, random.int(5, 25)), start, threeYears(start), fee, level, random.int(2, 6));
    return { steps, served: [{ from: start, until: threeYears(start), feeFen: fee }] };
  }
  const start = `${addMonths(first, -random.int(1, 30))}-01`;
  const companyId = company();
  const steps = signing(context, 'first', companyId, addDays(start, -20), start, threeYears(start), fee, level, random.int(1, 5));
  const contractId = seedId(context, 'contract first');
  const end = threeYears(start);
  const change = `${addMonths(first, random.int(3, 8))}-01`;
  if (!context.community.pilot && random.chance(0.1) && change <= end) {
    const reason = 'owners voted to replace the company after repeated complaints about cleaning and repairs';
    steps.push(committeeStep(context, 'terminate-first', 'POST', `/contracts/${contractId}/termination`, { terminationDate: change, reason }));
    const next = companies.find((candidate) => candidate.companyId !== companyId)?.companyId ?? companyId;
    steps.push(...signing(context, 'second', next, addDays(change, -25), change, threeYears(change), fee + 10, level, random.int(2, 5)));
    return { steps, served: [{ from: start, until: addDays(change, -1), feeFen: fee }, { from: change, until: threeYears(change), feeFen: fee + 10 }] };
  }
  const lastDay = `${context.window.months.at(-1)}-28`;
  if (end > lastDay) return { steps, served: [{ from: start, until: end, feeFen: fee }] };
  const renewed = threeYears(addDays(end, 1));
  const newFee = random.chance(0.5) ? fee + 10 : fee;
  steps.push(committeeStep(context, 'renew-first', 'POST', `/contracts/${contractId}/renewal`, { newPeriodEnd: renewed, feeStandardFenPerSqmMonth: newFee }));
  return { steps, served: [{ from: start, until: end, feeFen: fee }, { from: addDays(end, 1), until: renewed, feeFen: newFee }] };
}

function signing(context: CommunityContext, name: string, companyId: string, tenderDate: string, start: string, end: string, fee: number, level: string, bidders: number): Step[] {
  const tenderId = seedId(context, `tender ${name}`);
  return [
    committeeStep(context, `tender-${name}`, 'POST', '/tenders', { tenderId, tenderDate, biddersCount: bidders, selectedCompanyId: companyId }),
    committeeStep(context, `contract-${name}`, 'POST', '/contracts', {
      contractId: seedId(context, `contract ${name}`),
      companyId,
      tenderId,
      periodStart: start,
      periodEnd: end,
      feeStandardFenPerSqmMonth: fee,
      serviceLevel: level,
    }),
  ];
}

/** The last day of a three-year term starting on `start`. */
function threeYears(start: string): string {
  const [year, month, day] = start.split('-') as [string, string, string];
  return addDays(`${Number(year) + 3}-${month}-${day}`, -1);
}
