// A small HTTP client for seeding through the service's own API: idempotency keys, retries on
// 5xx and dropped connections (the seed kit's one request helper), a bounded number of requests in
// flight, progress on stdout.
import { inParallel as runInParallel, progress, request, waitUntilReady } from '@linli/seed-kit';

export interface Accepted {
  readonly id: string;
  readonly revision: string;
  readonly position: string | null;
  readonly events: readonly string[];
}

const ACTOR = { id: 'yugan-seed', role: 'working_committee_staff' };

export class SeedClient {
  requests = 0;

  constructor(
    readonly url: string,
    private readonly keyPrefix: string,
  ) {}

  /** Sends a command with the Idempotency-Key `<prefix>:<key>`; a re-run is answered with the first result. */
  async command(method: 'POST' | 'PUT', path: string, key: string, body: object): Promise<Accepted> {
    this.requests++;
    const answer = await request(method, `${this.url}${path}`, { body, actor: ACTOR, idempotencyKey: `${this.keyPrefix}:${key}`, attempts: 6 });
    if (!answer.ok) throw new Error(`${method} ${path} (${key}) answered ${answer.status}: ${answer.text}`);
    return answer.body as Accepted;
  }

  /** Waits until the service answers ready. */
  ready(timeoutMs = 60_000): Promise<void> {
    return waitUntilReady(this.url, timeoutMs);
  }
}

/** Runs `work` over `items` with at most `concurrency` in flight, printing progress; fails on the first error. */
export async function inParallel<T>(label: string, items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  const line = progress(label, items.length);
  await runInParallel(items, concurrency, (item) => work(item), line.tick);
  line.end();
}
