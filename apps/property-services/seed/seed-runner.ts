import { inParallel, request } from '@linli/seed-kit';
import type { Step } from './plan.js';

/** Counts of a seed run. */
export interface Tally {
  accepted: number;
  failed: number;
}

/**
 * Sends one step through the seed kit's request helper (dropped connections and 5xx are retried
 * with back-off). A repeated Idempotency-Key answers the first result, so a re-run records nothing
 * twice; a refusal is counted and reported.
 */
export async function send(url: string, step: Step, tally: Tally): Promise<void> {
  const answer = await request(step.method, `${url}${step.path}`, { body: step.body, actor: step.actor, idempotencyKey: step.key });
  if (answer.ok) {
    tally.accepted++;
    return;
  }
  tally.failed++;
  const detail = (answer.body ?? {}) as { code?: string; message?: string };
  console.error(`  ✗ ${step.method} ${step.path} → ${answer.status} ${detail.code ?? ''} ${detail.message ?? answer.text}`);
}

/** Runs groups of steps, at most `concurrency` groups at a time; the steps of a group run in order. */
export async function runGroups(url: string, groups: ReadonlyArray<{ name: string; steps: readonly Step[] }>, concurrency: number, tally: Tally): Promise<void> {
  const width = String(groups.length).length;
  let done = 0;
  await inParallel(groups, concurrency, async (group) => {
    for (const step of group.steps) await send(url, step, tally);
    done++;
    if (done % Math.max(1, Math.ceil(groups.length / 20)) === 0 || done === groups.length) console.log(`  [${String(done).padStart(width)}/${groups.length}] communities played (last: ${group.name}, ${group.steps.length} commands)`);
  });
}
