// The assessors' part of the year: publish the rubric, read each community's computed rating for
// the period, and award the recommended stars (the award is itself an event).
import { inParallel, progress, request, type Actor } from '@linli/seed-kit';
import { yuganRubric } from './rubric.js';

export const RUBRIC_ID = 'yugan-county';
const ASSESSOR: Actor = { id: 'assessor-yugan-working-committee', role: 'assessor' };

interface Rating {
  readonly total: number;
  readonly recommendedStars: number;
  readonly rubric: { readonly rubricId: string; readonly version: number };
}

/** The last half-year that has ended by `today` (YYYY-MM-DD): what the county rates now. */
export function lastEndedHalfYear(today: string): string {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month > 6 ? `${year}-H1` : `${year - 1}-H2`;
}

/** Publishes version 1 of the county rubric (a re-run is answered with the first result); resolves with its log position. */
export async function publishRubric(ratingsUrl: string, seed: number, effectiveFrom: string): Promise<string> {
  const answer = await request('POST', `${ratingsUrl}/rubrics/${RUBRIC_ID}/versions`, { body: yuganRubric(effectiveFrom), actor: ASSESSOR, idempotencyKey: `demo-${seed}-rubric-1` });
  if (answer.ok) return String((answer.body as { position: string | null }).position ?? '0');
  if (answer.status === 409 && (answer.body as { code?: string }).code === 'VersionOutOfSequence') return '0'; // published by an earlier run with another seed
  throw new Error(`publishing the rubric answered ${answer.status}: ${answer.text.slice(0, 300)}`);
}

/** The community's rating; a 404 (the rubric or the community not in the read models yet) is asked again for up to a minute. */
async function ratingOf(url: string): Promise<Rating> {
  for (let attempt = 1; ; attempt++) {
    const answer = await request('GET', url, { actor: ASSESSOR });
    if (answer.ok) return answer.body as Rating;
    if (answer.status !== 404 || attempt >= 30) throw new Error(`GET ${url} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Awards every community the stars its rating recommends for `period`; returns the stars awarded by community. */
export async function awardRecommendedStars(ratingsUrl: string, seed: number, period: string, communityIds: readonly string[], concurrency: number): Promise<Map<string, number>> {
  const awarded = new Map<string, number>();
  const line = progress(`awards for ${period}`, communityIds.length);
  await inParallel(communityIds, concurrency, async (communityId) => {
    const rating = await ratingOf(`${ratingsUrl}/communities/${communityId}/ratings/${period}`);
    if (rating.recommendedStars < 1) return;
    const body = { stars: rating.recommendedStars, rubricId: rating.rubric.rubricId, rubricVersion: rating.rubric.version, scoreSeen: rating.total, recommendedStars: rating.recommendedStars };
    const answer = await request('POST', `${ratingsUrl}/communities/${communityId}/awards/${period}`, { body, actor: ASSESSOR, idempotencyKey: `demo-${seed}-award-${communityId}-${period}` });
    if (!answer.ok && answer.status !== 409) throw new Error(`the award of ${communityId} for ${period} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    awarded.set(communityId, rating.recommendedStars);
  }, line.tick);
  line.end();
  return awarded;
}
