// `npm run demo` (through demo.mjs, which starts the stack if needed): plays a year of the Yugan
// County programme through the four services' public HTTP APIs — never their databases — and ends
// with the county dashboard and one pilot community's rating explanation and governance history.
import { seedDisputes } from '../../apps/disputes/seed/yugan-year-seed.js';
import { readFileSync } from 'node:fs';
import { ORGANIZATIONS_SEED_FILE, seedOrganizations } from '../../apps/organizations/seed/yugan-seed.js';
import { seedPropertyServices } from '../../apps/property-services/seed/yugan-year-seed.js';
import { waitUntilReady } from '@linli/seed-kit';
import { waitForRatings } from './catch-up.js';
import { parseDemoOptions, UsageError, USAGE, type DemoOptions } from './options.js';
import { awardRecommendedStars, lastEndedHalfYear, publishRubric } from './ratings-year.js';
import { printDashboard, printHistory, printRating } from './report.js';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

async function play(options: DemoOptions): Promise<boolean> {
  const { urls, seed, concurrency, years } = options;
  const started = Date.now();
  const today = chinaToday();
  const period = lastEndedHalfYear(today);
  console.log(`Yugan County demo: seed ${seed}, ${options.communities} community branches, ${years} year(s) to ${today}; rating period ${period}`);
  // The ratings service is unready while far behind; it only needs to answer here (step 3 waits for it).
  await Promise.all([urls.organizations, urls.disputes, urls.property].map((url) => waitUntilReady(url, 180_000)));
  await waitUntilReady(urls.ratings, 180_000, 'live');

  let county: { communities: readonly { id: string; name: string; pilot: boolean }[] };
  let recorded = '';
  let seedsOk = true;
  if (options.onlyRatings) {
    county = JSON.parse(readFileSync(ORGANIZATIONS_SEED_FILE, 'utf8')) as typeof county;
    console.log(`\n── 1-2/4 skipped (--only-ratings): ${county.communities.length} communities from .linli/seed/organizations.json`);
  } else {
    console.log(`\n── 1/4 organisations: the party tree, estates, branches, members reporting back, reception days, owners' committees`);
    county = await seedOrganizations({ url: urls.organizations, seed, concurrency, branches: options.communities });
    const seeded = county.communities.map(({ id, name, pilot }) => ({ id, name, pilot }));
    console.log(`\n── 2/4 property services and disputes, side by side: contracts to full coverage, fees, ledgers, quarterly statements; a year of disputes [${elapsed(started)}]`);
    const [property, disputes] = await Promise.all([
      seedPropertyServices({ url: urls.property, seed, concurrency, years, communities: seeded }),
      seedDisputes({ url: urls.disputes, seed, concurrency, years, communities: seeded, until: today }),
    ]);
    recorded = `property ${property.accepted} commands (${property.failed} refused); disputes ${disputes.disputes} (${disputes.commands} commands, ${disputes.failed} failed); `;
    seedsOk = property.failed === 0 && disputes.failed === 0;
  }
  const communities = county.communities;

  console.log(`\n── 3/4 ratings: the read models catch up, the county publishes its rubric and awards the recommended stars [${elapsed(started)}]`);
  const timeoutMs = options.catchUpSeconds * 1000;
  await waitForRatings(urls.ratings, timeoutMs);
  await publishRubric(urls.ratings, seed, `${Number(today.slice(0, 4)) - years}-01-01`);
  await waitForRatings(urls.ratings, timeoutMs);
  const awarded = await awardRecommendedStars(urls.ratings, seed, period, communities.map((c) => c.id), concurrency);
  const caughtUp = await waitForRatings(urls.ratings, timeoutMs);

  console.log(`\n── 4/4 what the county sees [${elapsed(started)}]`);
  const pilot = communities.find((c) => c.pilot && c.name.includes('Qianyue')) ?? communities.find((c) => c.pilot) ?? communities[0];
  await printDashboard(urls.ratings, period);
  if (pilot) {
    await printRating(urls.ratings, pilot.id, pilot.name, period);
    const history = await printHistory(urls.ratings, pilot.id, pilot.name);
    const missing = ['organizations', 'disputes', 'property', 'ratings'].filter((context) => !history.some((e) => e.context === context));
    if (missing.length > 0) console.log(`   (no ${missing.join(', ')} events in this history yet)`);
  }
  console.log(`\nRecorded: ${county.communities.length} residential communities; ${recorded}${awarded.size} awards for ${period}.`);
  console.log(`Look further:`);
  console.log(`   ${urls.ratings}/dashboard?period=${period}`);
  if (pilot) {
    console.log(`   ${urls.ratings}/communities/${pilot.id}/ratings/${period}`);
    console.log(`   ${urls.ratings}/communities/${pilot.id}/governance-history?limit=50`);
    console.log(`   ${urls.ratings}/communities/${pilot.id}/ratings?periods=${period}`);
  }
  for (const url of Object.values(urls)) console.log(`   ${url}/docs`);
  console.log(`Demo done in ${elapsed(started)}${caughtUp ? '' : ' (the ratings read models were still catching up)'}.`);
  return seedsOk;
}

try {
  const ok = await play(parseDemoOptions(process.argv.slice(2)));
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`demo failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
