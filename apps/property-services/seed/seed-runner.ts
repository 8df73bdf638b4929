import type { Step } from './plan.js';

/** Counts of a seed run. */
export interface Tally {
  accepted: number;
  failed: number;
}

const ATTEMPTS = 4;

/**
 * Sends one step. A repeated Idempotency-Key answers the first result, so a re-run records
 * nothing twice; network errors and 5xx are retried with back-off, anything else is reported.
 */
export async function send(url: string, step: Step, tally: Tally): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${url}${step.path}`, {
        method: step.method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': step.key,
          'x-actor-id': step.actor.id,
          'x-actor-role': step.actor.role,
          'x-actor-unit': step.actor.unit,
        },
        body: JSON.stringify(step.body),
      });
      const answer = (await response.json()) as { code?: string; message?: string };
      if (response.status >= 500 && attempt < ATTEMPTS) throw new Error(`HTTP ${response.status}`);
      if (response.ok) {
        tally.accepted++;
        return;
      }
      tally.failed++;
      console.error(`  ✗ ${step.method} ${step.path} → ${response.status} ${answer.code ?? ''} ${answer.message ?? JSON.stringify(answer)}`);
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}

/** Runs groups of steps, at most `concurrency` groups at a time; the steps of a group run in order. */
export async function runGroups(url: string, groups: ReadonlyArray<{ name: string; steps: readonly Step[] }>, concurrency: number, tally: Tally): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < groups.length; i = next++) {
      const group = groups[i];
      if (!group) return;
      for (const step of group.steps) await send(url, step, tally);
      done++;
      console.log(`  [${String(done).padStart(String(groups.length).length)}/${groups.length}] ${group.name}: ${group.steps.length} commands`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
}
