// A small HTTP client for seeding through the service's own API: idempotency keys, retries on
// 503 and dropped connections, a bounded number of requests in flight, progress on stdout.

export interface Accepted {
  readonly id: string;
  readonly revision: string;
  readonly position: string | null;
  readonly events: readonly string[];
}

const RETRIES = 6;

export class SeedClient {
  requests = 0;

  constructor(
    readonly url: string,
    private readonly keyPrefix: string,
  ) {}

  /** Sends a command with the Idempotency-Key `<prefix>:<key>`; a re-run is answered with the first result. */
  async command(method: 'POST' | 'PUT', path: string, key: string, body: object): Promise<Accepted> {
    for (let attempt = 1; ; attempt++) {
      this.requests++;
      let response: Response;
      try {
        response = await fetch(`${this.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'idempotency-key': `${this.keyPrefix}:${key}`, 'x-actor-id': 'yugan-seed', 'x-actor-role': 'working_committee_staff' },
          body: JSON.stringify(body),
        });
      } catch (error) {
        if (attempt >= RETRIES) throw error;
        await pause(attempt);
        continue;
      }
      const text = await response.text();
      if (response.ok) return JSON.parse(text) as Accepted;
      if (response.status !== 503 || attempt >= RETRIES) throw new Error(`${method} ${path} (${key}) answered ${response.status}: ${text}`);
      await pause(attempt);
    }
  }

  /** Waits until the service answers ready. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const status = await fetch(`${this.url}/health/ready`).then((r) => r.status, () => 0);
      if (status === 200) return;
      await pause(2);
    }
    throw new Error(`${this.url} is not ready after ${timeoutMs} ms`);
  }
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 100 * attempt));

/** Runs `work` over `items` with at most `concurrency` in flight, printing progress; fails on the first error. */
export async function inParallel<T>(label: string, items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  const started = Date.now();
  let next = 0;
  let done = 0;
  const step = Math.max(1, Math.ceil(items.length / 10));
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      done++;
      if (done % step === 0 || done === items.length) process.stdout.write(`  ${label}: ${done}/${items.length}\r`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  process.stdout.write(`  ${label}: ${items.length} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
