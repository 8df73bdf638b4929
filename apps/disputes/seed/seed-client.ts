import { request } from '@linli/seed-kit';
import type { SeedStep } from './dispute-plan.js';

/** How one step went: recorded (or replayed), refused by a rule (with its code), or failed. */
export type StepOutcome = { kind: 'ok' } | { kind: 'refused'; code: string } | { kind: 'failed'; detail: string };

/**
 * Sends seed steps to a disputes service as a branch secretary of the community would, each with
 * an Idempotency-Key derived from the seed, so a re-run replays instead of recording twice.
 * Dropped connections and 5xx are retried by the seed kit's request helper.
 */
export class SeedClient {
  constructor(private readonly baseUrl: string) {}

  async isUp(): Promise<boolean> {
    try {
      return (await fetch(`${this.baseUrl}/health/live`)).ok;
    } catch {
      return false;
    }
  }

  async send(step: SeedStep, idempotencyKey: string, communityId: string): Promise<StepOutcome> {
    const body = { ...step.body, occurredAt: new Date(step.at).toISOString() };
    // Overdue is marked by the deadline scheduler, an operator's job; the rest by the branch secretary.
    const actor = step.path.endsWith('/mark-overdue') ? { id: 'seed-deadline-scheduler', role: 'operator' } : { id: 'seed-yugan', role: 'branch_secretary', unit: communityId };
    try {
      const answer = await request('POST', `${this.baseUrl}${step.path}`, { body, actor, idempotencyKey });
      if (answer.ok) return { kind: 'ok' };
      const detail = (answer.body ?? {}) as { code?: string; errors?: unknown };
      if (answer.status === 409) return { kind: 'refused', code: detail.code ?? 'Conflict' };
      return { kind: 'failed', detail: `${answer.status} ${JSON.stringify(detail.errors ?? detail)}` };
    } catch (error) {
      return { kind: 'failed', detail: (error as Error).message };
    }
  }
}
