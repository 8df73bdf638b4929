// Load shapes of the service benchmark: closed-loop throughput (N clients, each sends its next
// request when the last is answered) and open-loop latency (requests scheduled on a clock at a
// fixed rate, latency measured from the scheduled time, so a slow answer cannot hide the queue).

/** Requests per second answered with a 2xx by `clients` concurrent clients over `seconds`. */
export async function closedLoop(clients: number, seconds: number, send: (n: number) => Promise<boolean>): Promise<{ perSecond: number; ok: number; failed: number }> {
  const until = performance.now() + seconds * 1000;
  let n = 0;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        if (await send(n++).catch(() => false)) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / ((performance.now() - started) / 1000), ok, failed };
}

export interface OpenLoopResult {
  readonly scheduled: number;
  /** Commands that became visible in the read model within the timeout. */
  readonly completed: number;
  readonly failed: number;
  /** Why the others did not: the command refused, or not visible in time, or an error, with counts. */
  readonly failures: Readonly<Record<string, number>>;
  /** Requests per second actually scheduled (the clock's rate). */
  readonly rate: number;
  /** Milliseconds from the scheduled time to the command's answer, and to the read model showing it. */
  readonly accepted: Percentiles;
  readonly visible: Percentiles;
}

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(0.5)), p99: round(at(0.99)), p999: round(at(0.999)), max: round(sorted.at(-1) ?? Number.NaN) };
}

/**
 * Sends request `i` at `start + i / rate` whatever happened to the earlier ones; `command` resolves
 * to null when accepted, else to why not; `visible` resolves once the read model shows it (or
 * rejects, e.g. on its timeout). Each failure is counted under its reason, so a harness that
 * sees nothing says why instead of printing empty percentiles.
 */
export async function openLoop(rate: number, seconds: number, command: (i: number) => Promise<string | null>, visible: (i: number) => Promise<void>): Promise<OpenLoopResult> {
  const total = Math.max(1, Math.round(rate * seconds));
  const start = performance.now() + 100;
  const accepted: number[] = [];
  const seen: number[] = [];
  const failures: Record<string, number> = {};
  const fail = (reason: string) => (failures[reason] = (failures[reason] ?? 0) + 1);
  const one = async (i: number) => {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    let refused: string | null;
    try {
      refused = await command(i);
    } catch (error) {
      refused = `command failed: ${(error as Error).message}`;
    }
    if (refused !== null) return fail(refused);
    accepted.push(performance.now() - scheduled);
    try {
      await visible(i);
      seen.push(performance.now() - scheduled);
    } catch (error) {
      fail((error as Error).message);
    }
  };
  await Promise.all(Array.from({ length: total }, (_, i) => one(i)));
  const lastScheduled = (total - 1) / rate;
  const failed = Object.values(failures).reduce((sum, n) => sum + n, 0);
  return { scheduled: total, completed: seen.length, failed, failures, rate: lastScheduled > 0 ? Math.round(((total - 1) / lastScheduled) * 10) / 10 : rate, accepted: percentiles(accepted), visible: percentiles(seen) };
}
