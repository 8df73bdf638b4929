// A year (or `years`) of neighbourhood disputes in the Yugan communities, played through the
// disputes API with the business times of the past. Deterministic for a seed and an end date;
// re-runs replay. Used by the CLI (yugan-year.ts) and `npm run demo`.
import { existsSync, readFileSync } from 'node:fs';
import { defaultDeadlinePolicy } from '@linli/disputes-domain';
import { inParallel } from '@linli/seed-kit';
import { ID_NAMESPACES, nameBasedUuid } from '../src/application/deterministic-id.js';
import { chinaWorkingCalendar } from '../src/config/china-working-calendar.js';
import { planDispute, type DisputePlan, type SeedCommunity } from './dispute-plan.js';
import { randomFor } from './random.js';
import { SeedClient } from './seed-client.js';

export interface DisputesSeedOptions {
  readonly url: string;
  readonly seed: number;
  readonly concurrency: number;
  /** The communities, or the file the organizations seed wrote (else the article's 89, 11 of them pilots). */
  readonly communities: readonly SeedCommunity[] | string;
  /** The last day played, YYYY-MM-DD (China time); never later than 5 minutes ago. */
  readonly until: string;
  readonly years?: number;
}

/** Counts of a run: disputes played, commands sent, refused by a rule (by code), failed. */
export interface DisputesSeeded {
  readonly disputes: number;
  readonly commands: number;
  readonly refused: Record<string, number>;
  readonly failed: number;
}

/** The organizations seed's communities if it ran, else the 89 branches of the article (11 of them pilots). */
function communitiesFrom(file: string): SeedCommunity[] {
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { communities: { id: string; pilot?: boolean }[] };
    return parsed.communities.map(({ id, pilot }) => ({ id, pilot: pilot === true }));
  }
  return Array.from({ length: 89 }, (_, i) => ({ id: `rc-yugan-${String(i + 1).padStart(3, '0')}`, pilot: i < 11 }));
}

function plans(options: DisputesSeedOptions, end: number): { plan: DisputePlan; community: SeedCommunity; n: number }[] {
  const { seed, years = 1 } = options;
  const settings = { seed, until: end, days: 365 * years, deadlines: { policy: defaultDeadlinePolicy, calendar: chinaWorkingCalendar }, disputeId: (n: number) => nameBasedUuid(ID_NAMESPACES.seed, `${seed}/${n}`) };
  const communities = typeof options.communities === 'string' ? communitiesFrom(options.communities) : options.communities;
  let n = 0;
  return communities.flatMap((community) => {
    const count = randomFor(seed, `community/${community.id}`).int(12, 28) * years;
    return Array.from({ length: count }, () => ({ plan: planDispute(++n, community, settings), community, n }));
  });
}

export async function seedDisputes(options: DisputesSeedOptions): Promise<DisputesSeeded> {
  const { url, seed, until } = options;
  // The year ends 5 minutes before now at the latest: the API refuses business times in the future.
  const end = Math.min(Date.parse(`${until}T00:00:00+08:00`), Date.now() - 300_000);
  const client = new SeedClient(url);
  if (!(await client.isUp())) throw new Error(`no disputes service answers at ${url} (start it with npm start, or pass --url)`);
  const work = plans(options, end);
  const stats = { disputes: 0, commands: 0, refused: new Map<string, number>(), failed: 0 };
  const started = Date.now();
  const report = () => console.log(`[disputes] ${stats.disputes}/${work.length} disputes, ${stats.commands} commands, ${[...stats.refused.values()].reduce((a, b) => a + b, 0)} refused, ${stats.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`[disputes] seed ${seed}, ${options.years ?? 1} year(s) ending ${until}, ${work.length} disputes in ${new Set(work.map((w) => w.community.id)).size} communities → ${url}`);
  await inParallel(work, options.concurrency, async (item) => {
    for (const [index, step] of item.plan.steps.entries()) {
      const outcome = await client.send(step, `seed-${seed}-${item.n}-${index}`, item.community.id);
      stats.commands++;
      if (outcome.kind === 'refused') stats.refused.set(outcome.code, (stats.refused.get(outcome.code) ?? 0) + 1);
      if (outcome.kind === 'failed') {
        stats.failed++;
        console.error(`[disputes] dispute ${item.n} step ${index} ${step.path}: ${outcome.detail}`);
      }
      if (outcome.kind !== 'ok') break;
    }
    if (++stats.disputes % 100 === 0) report();
  });
  report();
  if (stats.refused.size > 0) console.log(`[disputes] refused by rule: ${JSON.stringify(Object.fromEntries(stats.refused))}`);
  return { disputes: stats.disputes, commands: stats.commands, refused: Object.fromEntries(stats.refused), failed: stats.failed };
}
