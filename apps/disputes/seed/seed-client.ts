import type { SeedStep } from './dispute-plan.js';

/** How one step went: recorded (or replayed), refused by a rule (with its code), or failed. */
export type StepOutcome = { kind: 'ok' } | { kind: 'refused'; code: string } | { kind: 'failed'; detail: string };

const ATTEMPTS = 4;

/**
 * Sends seed steps to a disputes service as a branch secretary of the community would, each with
 * an Idempotency-Key derived from the seed, so a re-run replays instead of recording twice.
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
    const body = JSON.stringify({ ...step.body, occurredAt: new Date(step.at).toISOString() });
    const headers = {
      'content-type': 'application/json', 'idempotency-key': idempotencyKey,
      'x-actor-id': 'seed-yugan', 'x-actor-role': 'branch_secretary', 'x-actor-unit': communityId,
    };
    let detail = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const response = await fetch(`${this.baseUrl}${step.path}`, { method: 'POST', headers, body });
        if (response.ok) return { kind: 'ok' };
        const answer = (await response.json().catch(() => ({}))) as { code?: string; errors?: unknown };
        if (response.status === 409) return { kind: 'refused', code: answer.code ?? 'Conflict' };
        detail = `${response.status} ${JSON.stringify(answer.errors ?? answer)}`;
        if (response.status < 500) return { kind: 'failed', detail };
      } catch (error) {
        detail = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
    return { kind: 'failed', detail };
  }
}
