// A year of neighbourhood disputes in the Yugan communities, played through the disputes API with
// the business times of the past year. Deterministic for a seed and an end date; re-runs replay.
//   npx tsx apps/disputes/seed/yugan-year.ts [--url http://127.0.0.1:3002] [--seed 42] [--communities <file>] [--until YYYY-MM-DD] [--concurrency 8]
import { existsSync, readFileSync } from 'node:fs';
import { defaultDeadlinePolicy } from '@linli/disputes-domain';
import { ID_NAMESPACES, nameBasedUuid } from '../src/application/deterministic-id.js';
import { chinaWorkingCalendar } from '../src/config/china-working-calendar.js';
import { planDispute, type DisputePlan, type SeedCommunity } from './dispute-plan.js';
import { randomFor } from './random.js';
import { SeedClient } from './seed-client.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(String(process.argv[i]).replace(/^--/, ''), String(process.argv[i + 1]));
const url = args.get('url') ?? 'http://127.0.0.1:3002';
const seed = Number(args.get('seed') ?? 42);
const concurrency = Number(args.get('concurrency') ?? 8);
const communitiesFile = args.get('communities') ?? '.linli/seed/organizations.json';
const until = args.get('until') ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
// The year ends 5 minutes before now at the latest: the API refuses business times in the future.
const end = Math.min(Date.parse(`${until}T00:00:00+08:00`), Date.now() - 300_000);

/** The organizations seed's communities if it ran, else the 89 branches of the article (11 of them pilots). */
function communities(): SeedCommunity[] {
  if (existsSync(communitiesFile)) {
    const file = JSON.parse(readFileSync(communitiesFile, 'utf8')) as { communities: { id: string; pilot?: boolean }[] };
    return file.communities.map(({ id, pilot }) => ({ id, pilot: pilot === true }));
  }
  return Array.from({ length: 89 }, (_, i) => ({ id: `rc-yugan-${String(i + 1).padStart(3, '0')}`, pilot: i < 11 }));
}

function plans(): { plan: DisputePlan; community: SeedCommunity; n: number }[] {
  const settings = { seed, until: end, deadlines: { policy: defaultDeadlinePolicy, calendar: chinaWorkingCalendar }, disputeId: (n: number) => nameBasedUuid(ID_NAMESPACES.seed, `${seed}/${n}`) };
  let n = 0;
  return communities().flatMap((community) => {
    const count = randomFor(seed, `community/${community.id}`).int(12, 28);
    return Array.from({ length: count }, () => ({ plan: planDispute(++n, community, settings), community, n }));
  });
}

async function main(): Promise<void> {
  const client = new SeedClient(url);
  if (!(await client.isUp())) throw new Error(`no disputes service answers at ${url} (start it with npm start, or pass --url)`);
  const work = plans();
  const stats = { disputes: 0, commands: 0, refused: new Map<string, number>(), failed: 0 };
  const started = Date.now();
  const report = () => console.log(`[yugan-year] ${stats.disputes}/${work.length} disputes, ${stats.commands} commands, ${[...stats.refused.values()].reduce((a, b) => a + b, 0)} refused, ${stats.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`[yugan-year] seed ${seed}, year ending ${until}, ${work.length} disputes in ${new Set(work.map((w) => w.community.id)).size} communities → ${url}`);
  let next = 0;
  const worker = async () => {
    for (let item = work[next++]; item; item = work[next++]) {
      for (const [index, step] of item.plan.steps.entries()) {
        const outcome = await client.send(step, `seed-${seed}-${item.n}-${index}`, item.community.id);
        stats.commands++;
        if (outcome.kind === 'refused') stats.refused.set(outcome.code, (stats.refused.get(outcome.code) ?? 0) + 1);
        if (outcome.kind === 'failed') {
          stats.failed++;
          console.error(`[yugan-year] dispute ${item.n} step ${index} ${step.path}: ${outcome.detail}`);
        }
        if (outcome.kind !== 'ok') break;
      }
      if (++stats.disputes % 100 === 0) report();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report();
  if (stats.refused.size > 0) console.log(`[yugan-year] refused by rule: ${JSON.stringify(Object.fromEntries(stats.refused))}`);
  if (stats.failed > 0) process.exitCode = 1;
}

await main();
