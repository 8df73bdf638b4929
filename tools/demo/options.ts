// The demo's command line, parsed and checked once; a bad flag is named with the rule it broke.
import { parseArgs } from 'node:util';

export interface DemoOptions {
  readonly seed: number;
  /** Residential-community branches (89 in the article); estates, members and disputes scale with it. */
  readonly communities: number;
  readonly years: number;
  readonly concurrency: number;
  /** How long to wait for the ratings read models to catch up (s). */
  readonly catchUpSeconds: number;
  /** Skip the three seeds (already played): only the rubric, the awards and the report. */
  readonly onlyRatings: boolean;
  readonly urls: { readonly organizations: string; readonly disputes: string; readonly property: string; readonly ratings: string };
}

export const USAGE = `npm run demo [-- --seed 42] [--communities 89] [--years 1] [--concurrency 16] [--catch-up-timeout 600]
  Plays the Yugan County programme through the four services' HTTP APIs, then prints the county
  dashboard and one pilot community's rating explanation and governance history.
  --seed N               the same seed gives the same county, year and ratings (default 42)
  --communities N        residential-community branches (default 89, as in Yugan; 11 are pilots)
  --years N              years of disputes, fees, ledgers and statements ending this month (default 1)
  --concurrency N        requests in flight per service (default 16)
  --catch-up-timeout S   seconds to wait for the ratings read models to catch up (default 600)
  --only-ratings         the seeds already ran (same seed): only the rubric, the awards and the report
  --organizations-url, --disputes-url, --property-url, --ratings-url   the services (default 127.0.0.1:3001..3004)`;

export class UsageError extends Error {}

const wholeNumber = (flag: string, text: string | undefined, min: number, max: number): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
};

export function parseDemoOptions(argv: readonly string[]): DemoOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seed: { type: 'string', default: '42' },
        communities: { type: 'string', default: '89' },
        years: { type: 'string', default: '1' },
        concurrency: { type: 'string', default: '16' },
        'catch-up-timeout': { type: 'string', default: '600' },
        'only-ratings': { type: 'boolean', default: false },
        'organizations-url': { type: 'string', default: 'http://127.0.0.1:3001' },
        'disputes-url': { type: 'string', default: 'http://127.0.0.1:3002' },
        'property-url': { type: 'string', default: 'http://127.0.0.1:3003' },
        'ratings-url': { type: 'string', default: 'http://127.0.0.1:3004' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const url = (flag: string, text: string) => {
    if (!/^https?:\/\/[^\s/]+$/.test(text.replace(/\/$/, ''))) throw new UsageError(`--${flag} must be an http(s) base URL such as http://127.0.0.1:3001, not "${text}"`);
    return text.replace(/\/$/, '');
  };
  return {
    seed: wholeNumber('seed', values.seed, 0, 2 ** 32 - 1),
    communities: wholeNumber('communities', values.communities, 1, 100_000),
    years: wholeNumber('years', values.years, 1, 50),
    concurrency: wholeNumber('concurrency', values.concurrency, 1, 256),
    catchUpSeconds: wholeNumber('catch-up-timeout', values['catch-up-timeout'], 1, 86_400),
    onlyRatings: values['only-ratings'] === true,
    urls: {
      organizations: url('organizations-url', values['organizations-url']),
      disputes: url('disputes-url', values['disputes-url']),
      property: url('property-url', values['property-url']),
      ratings: url('ratings-url', values['ratings-url']),
    },
  };
}
