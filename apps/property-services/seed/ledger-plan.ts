import { addDays, periodRange } from '@linli/property-services-domain';
import type { Served } from './contracts-plan.js';
import { committeeStep, managerStep, seedId, type CommunityContext, type Step } from './plan.js';
import { dayOf, Random } from './random.js';

const PARKING = ['Yugan Shunda Parking Management', 'Xinjiang Smart Parking'];
const ADVERTISERS = ['Shangrao Xinhua Media', 'Yugan Jinma Advertising', 'Poyang Lake Outdoor Media'];
const CONTRACTORS: Record<string, readonly string[]> = {
  cleaning: ['Yugan Jiejing Cleaning Team', 'Lvse Sanitation Co.'],
  greening: ['Yugan Lüyin Landscaping', 'Chunfeng Gardening Team'],
  repairs: ['Shangrao Otis Lift Maintenance', 'Yugan Anxin Plumbing', 'Hongda Roof Waterproofing'],
  security: ['Yugan Baoan Security Services'],
};

/**
 * A year of the community's public ledger, month by month: fees where a company served, parking
 * and advertising revenue, cleaning, greening, repairs and security, one correction in some
 * estates, and each quarter's statement after its last month (most on time, some late).
 */
export function ledgerPlan(context: CommunityContext, served: readonly Served[]): Step[] {
  const random = Random.of(context.seed, `ledger ${context.community.id}`);
  const households = random.int(150, 1500);
  const areaSqm = random.int(70, 120);
  const diligence = context.community.pilot ? 0.95 : random.int(72, 92) / 100;
  const correctedMonth = random.chance(0.2) ? random.int(2, 10) : -1;
  const steps: Step[] = [];
  context.window.months.forEach((month, i) => {
    const fee = served.find((stretch) => stretch.from <= `${month}-01` && `${month}-01` <= stretch.until)?.feeFen;
    if (fee !== undefined) steps.push(feesOf(context, random, month, households, areaSqm * fee, Math.min(0.99, diligence + i * 0.004)));
    const parking = entry(context, random, month, 'revenue', 'parking', random.pick(PARKING), random.int(200, 1500) * 1000, 5);
    steps.push(parking);
    if (random.chance(0.4)) steps.push(entry(context, random, month, 'revenue', 'advertising', random.pick(ADVERTISERS), random.int(50, 300) * 1000, 12));
    if (Number(month.slice(5)) % 3 === 1) steps.push(entry(context, random, month, 'revenue', 'lift_ads', random.pick(ADVERTISERS), random.int(100, 600) * 1000, 10));
    if (random.chance(0.15)) steps.push(entry(context, random, month, 'revenue', 'venue_rental', 'Residents’ dance troupe', random.int(20, 100) * 1000, 18));
    for (const category of ['cleaning', 'security'] as const) steps.push(expense(context, random, month, category, random.int(100, 450) * 1000));
    if (random.chance(0.3)) steps.push(expense(context, random, month, 'greening', random.int(30, 200) * 1000));
    if (random.chance(0.4)) steps.push(expense(context, random, month, 'repairs', random.int(50, 800) * 1000));
    if (i === correctedMonth) steps.push(...correction(context, month, parking));
    const quarter = quarterEndingIn(month);
    if (quarter) steps.push(...statement(context, random, quarter));
  });
  return steps.filter((step) => !('date' in step.body) || String(step.body.date) <= context.window.today);
}

function feesOf(context: CommunityContext, random: Random, month: string, households: number, perHousehold: number, diligence: number): Step {
  // The month still running has collected less so far.
  const rate = month === context.window.today.slice(0, 7) ? diligence * 0.6 : Math.min(1, diligence + random.int(-3, 3) / 100);
  const paying = Math.min(households, Math.round(households * rate));
  const body = { billedFen: households * perHousehold, collectedFen: paying * perHousehold, billedHouseholds: households, payingHouseholds: paying };
  return committeeStep(context, `fees-${month}`, 'PUT', `/fees/${month}`, body);
}

function entry(context: CommunityContext, random: Random, month: string, side: 'revenue' | 'expenditure', category: string, counterparty: string, amountFen: number, day: number): Step {
  const label = `${side}-${category}-${month}`;
  const body = { entryId: seedId(context, label), category, amountFen, date: dayOf(month, day + random.int(-2, 2)), counterparty, voucherRef: `V-${month}-${category}` };
  return managerStep(context, label, 'POST', `/ledger/${side}`, body);
}

function expense(context: CommunityContext, random: Random, month: string, category: keyof typeof CONTRACTORS, amountFen: number): Step {
  return entry(context, random, month, 'expenditure', category, random.pick(CONTRACTORS[category] ?? ['Contractor']), amountFen, 20);
}

/** The month's parking income was entered at ten times its amount: reverse it, then enter it right. */
function correction(context: CommunityContext, month: string, parking: Step): Step[] {
  const original = parking.body as { entryId: string; amountFen: number };
  const date = dayOf(month, 28);
  return [
    managerStep(context, `reversal-${month}`, 'POST', '/ledger/reversals', { entryId: seedId(context, `reversal ${month}`), reversedEntryId: original.entryId, date, reason: 'amount keyed with an extra zero' }),
    managerStep(context, `revenue-parking-${month}-fixed`, 'POST', '/ledger/revenue', {
      ...parking.body,
      entryId: seedId(context, `parking fixed ${month}`),
      amountFen: Math.round(original.amountFen / 10),
      date,
    }),
  ];
}

function statement(context: CommunityContext, random: Random, quarter: string): Step[] {
  const end = periodRange(quarter)?.end ?? '';
  if (end >= context.window.today) return [];
  const delay = random.chance(0.7) ? random.int(3, 15) : random.int(16, 40);
  const publishedOn = [addDays(end, delay), context.window.today].sort()[0];
  return [managerStep(context, `statement-${quarter}`, 'POST', '/statements', { period: quarter, publishedOn })];
}

/** The quarter (YYYY-Qn) whose last month is `month`, if it is one. */
function quarterEndingIn(month: string): string | null {
  const m = Number(month.slice(5));
  return m % 3 === 0 ? `${month.slice(0, 4)}-Q${m / 3}` : null;
}
