// Waits until the ratings read models have applied everything the other services published
// (their consumer group has no lag) and the service's own events, showing progress meanwhile.
import { getJson } from '@linli/seed-kit';

interface ProjectionsStatus {
  readonly position: string;
  readonly lag: { readonly ownEvents: number; readonly kafka: number; readonly total: number } | null;
}

/** Polls GET /projections until the lag is 0 on three polls in a row; false when `timeoutMs` runs out first. */
export async function waitForRatings(ratingsUrl: string, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  let quiet = 0;
  let first: { at: number; lag: number } | undefined;
  let lastPrint = 0;
  while (Date.now() - started < timeoutMs) {
    const status = await getJson<ProjectionsStatus>(`${ratingsUrl}/projections`).catch(() => null);
    const lag = status?.lag?.total ?? Number.NaN;
    quiet = lag === 0 ? quiet + 1 : 0;
    if (quiet >= 3) {
      process.stdout.write(`  ratings read models caught up at position ${status?.position} after ${((Date.now() - started) / 1000).toFixed(0)} s${process.stdout.isTTY ? '\x1b[K' : ''}\n`);
      return true;
    }
    if (Number.isFinite(lag) && lag > 0) {
      first ??= { at: Date.now(), lag };
      const seconds = (Date.now() - first.at) / 1000;
      const rate = seconds > 0 ? (first.lag - lag) / seconds : 0;
      const eta = rate > 0 ? `, about ${Math.ceil(lag / rate)} s to go` : '';
      const line = `  ratings read models: ${lag} events behind (${status?.lag?.kafka} from Kafka, ${status?.lag?.ownEvents} own), ${rate.toFixed(0)} events/s${eta}`;
      if (process.stdout.isTTY) process.stdout.write(`${line}\x1b[K\r`);
      else if (Date.now() - lastPrint > 10_000) {
        process.stdout.write(`${line}\n`);
        lastPrint = Date.now();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  process.stdout.write(`\n  the ratings read models did not catch up within ${timeoutMs / 1000} s: what follows may be incomplete\n`);
  return false;
}
