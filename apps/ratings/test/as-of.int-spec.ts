import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { eventStoreReplay, ProjectionCatalog, rebuildProjection } from '@linli/projections';
import { communityAsOf, communityRating, ratingAsOf, ratingsReadModels, RatingsQueries, REPLAY_FILTER, replayedEvent, rubricOf, versionFor, type CommunityRatingView, type RatingAsOf, type TimeBounds } from '@linli/ratings-read-models';
import mongoose, { type Connection } from 'mongoose';
import { county, disputeHistory, type Append } from './support/stored-scenario.js';

// The time machine against the read model as the service serves it: the county's history is
// appended to a real event store, the read models are built in MongoDB and the live rating of
// 2025-H2 is recorded; then an award is amended and two disputes of August are recorded late.
// Asking "as of" / "as at" the recording must give back the recorded value.

const suffix = randomUUID().slice(0, 8);
const schema = `asof_${suffix}`;
const prefix = `asof_${suffix}`;
const models = ratingsReadModels(prefix);
const community = `rc-${suffix}-0`;
const PERIOD = '2025-H2';

async function visible(store: PostgresEventStore, position: bigint): Promise<void> {
  for (let waited = 0; (await store.headPosition()) < position; waited += 20) {
    if (waited > 60_000) throw new Error(`position ${position} never became readable`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a community rating as of a business day and as known at a system time', () => {
  let store: PostgresEventStore;
  let connection: Connection;
  let live: CommunityRatingView;
  let recordedAt: string;

  const append = async (appends: readonly Append[]) => {
    let last = 0n;
    for (const { stream, events } of appends) last = (await store.appendToStream(stream, events)).position;
    await visible(store, last);
  };
  const asOf = async (bounds: TimeBounds) => ratingAsOf(await communityAsOf({ store, models, communityId: community, bounds, pageSize: 50 }), PERIOD) as RatingAsOf;

  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema, poolSize: 4 });
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    const history = county(`rc-${suffix}`, 2, 4);
    const ours = history.find((a) => a.stream === `ratings.Award-${community}-2025-H2`)!;
    const [awarded, amended] = ours.events;
    await append(history.map((a) => (a === ours ? { stream: a.stream, events: [awarded!] } : a)));

    for (const projection of [models.communityRating, models.units, models.members, models.rubrics]) {
      await rebuildProjection({ projection, connection, source: eventStoreReplay(store, replayedEvent, REPLAY_FILTER), pageSize: 40, maxDirty: 25, insertBatch: 30, switchTimeoutMs: 10_000 });
    }
    const queries = new RatingsQueries(connection, models, 0);
    const record = (await queries.community(community))!;
    const rubric = rubricOf(`rc-${suffix}-rubric`, await queries.rubricVersions());
    live = communityRating(record, PERIOD, versionFor(rubric, PERIOD)!, versionFor(rubric, PERIOD));
    recordedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const late = [10, 11].map((d) => disputeHistory(community, d, 215)); // August 2025, recorded in January
    await append([{ stream: ours.stream, events: [amended!] }, ...late]);
  });

  afterAll(async () => {
    for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $in: models.all.map((p) => p.name) } });
    await connection.close();
    await store.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await store.close();
  });

  it('as known at the moment it was recorded, returns exactly the rating the read model showed then', async () => {
    expect(live).toMatchObject({ awardedStars: 3 });
    const answer = await asOf({ asAt: recordedAt });
    expect(answer.rating).toEqual(live);
    expect(answer.computedFrom).toMatchObject({ projection: `${prefix}_community_rating`, projectionVersion: 1, firstPosition: expect.stringMatching(/^\d+$/), lastPosition: expect.stringMatching(/^\d+$/) });
  });

  it('knows the later events when asked without bounds, so the past answer is not simply the present one', async () => {
    const now = await asOf({});
    expect(now.rating.awardedStars).toBe(4);
    expect(now.rating).not.toEqual(live);
    expect(BigInt(now.computedFrom.lastPosition!)).toBeGreaterThan(BigInt((await asOf({ asAt: recordedAt })).computedFrom.lastPosition!));
  });

  it('as of the day before the amendment gives the first award, but counts the late-recorded August disputes', async () => {
    const before = await asOf({ asOf: '2026-01-08' });
    expect(before.rating.awardedStars).toBe(3);
    const evidence = before.rating.criteria.flatMap((c) => c.evidence.map((e) => e.eventId));
    const liveEvidence = live.criteria.flatMap((c) => c.evidence.map((e) => e.eventId));
    expect(evidence.length).toBeGreaterThan(liveEvidence.length);
    expect((await asOf({ asOf: '2026-01-08', asAt: recordedAt })).rating).toEqual(live);
    expect((await asOf({ asOf: '2026-01-09' })).rating.awardedStars).toBe(4);
  });

  describe('through the command line', () => {
    // The real command line in its own process (`npx linli` runs this file).
    const linli = (...argv: string[]) =>
      new Promise<{ code: number; out: string; err: string }>((resolve) => {
        const cli = join(process.cwd(), 'tools/cli/linli.mjs');
        execFile(process.execPath, [cli, ...argv, '--schema', schema, '--prefix', prefix], { env: process.env, timeout: 120_000 }, (error, out, err) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
        );
      });

    it('answers as-of with the recorded rating, the projection version and the position range', async () => {
      const answer = await linli('audit', 'as-of', '--projection', 'community-rating', '--community', community, '--as-of', '2026-01-08', '--as-at', recordedAt, '--period', PERIOD, '--json');
      expect(answer.code).toBe(0);
      expect(JSON.parse(answer.out)).toMatchObject({ rating: JSON.parse(JSON.stringify(live)), computedFrom: { projectionVersion: 1, firstPosition: expect.any(String), lastPosition: expect.any(String) } });
      const text = await linli('audit', 'as-of', '--projection', 'community-rating', '--community', community, '--as-of', '2026-01-08', '--as-at', recordedAt, '--period', PERIOD);
      expect(text.out).toMatch(new RegExp(`^${community} 2025-H2 as of 2026-01-08, as known at .*awarded 3★`));
      expect(text.out).toMatch(/computed by projection asof_\w+_community_rating v1 from \d+ events at positions \d+…\d+/);
    });

    it('explains each criterion by its events, and rejects a malformed day naming the flag', async () => {
      const explained = await linli('audit', 'explain', '--community', community, '--period', PERIOD, '--json');
      expect(explained.code).toBe(0);
      const criteria = JSON.parse(explained.out).criteria as { criterionId: string; events: { type: string }[] }[];
      expect(criteria.find((c) => c.criterionId === 'resolution')!.events.map((e) => e.type)).toContain('disputes.DisputeResolved');
      expect(await linli('audit', 'as-of', '--projection', 'community-rating', '--community', community, '--as-of', '31/12/2025')).toMatchObject({ code: 2, err: expect.stringContaining('--as-of: asOf must be a business day YYYY-MM-DD') });
      expect(await linli('audit', 'as-of', '--projection', 'community-rating', '--community', 'rc-nowhere', '--as-of', '2026-01-08')).toMatchObject({ code: 1, err: expect.stringContaining('nothing is known of community rc-nowhere') });
    });
  });
});
