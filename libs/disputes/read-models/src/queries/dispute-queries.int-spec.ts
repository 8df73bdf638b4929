import { randomUUID } from 'node:crypto';
import type { DisputeEvent } from '@linli/disputes-domain';
import { MongoProjectionWriter, type ProjectedEvent } from '@linli/projections';
import mongoose, { type Connection } from 'mongoose';
import { disputeHistoriesProjection } from '../projections/dispute-history.projection.js';
import { disputeSummariesProjection } from '../projections/dispute-summary.projection.js';
import { accepted, becameOverdue, reported, resolved } from '../testing/dispute-events.js';
import { countOpenDisputes, ensureDisputesIndexes, findDisputeHistory, findDisputeSummary, listDisputes } from './dispute-queries.js';

// Ten disputes of a community of its own, one reported per day from 1 March 2025.
const communityId = `rc-${randomUUID()}`;
const ids: string[] = Array.from({ length: 10 }, () => randomUUID());
const day = (i: number) => `2025-03-${String(i + 1).padStart(2, '0')}T09:00:00+08:00`;
const of = (i: number, event: DisputeEvent): DisputeEvent => ({ ...event, data: { ...event.data, disputeId: ids[i], communityId } }) as DisputeEvent;
const story = (i: number): DisputeEvent[] => {
  const category = i % 2 === 0 ? 'parking' : 'leak';
  const base = [of(i, reported({ reportedAt: day(i), category })), of(i, accepted({ category, level: i < 5 ? 0 : 3 }))];
  if (i < 3) return [...base, of(i, resolved())];
  return i === 9 ? [...base, of(i, becameOverdue())] : base;
};
let position = BigInt(Date.now()) * 1000n;
const stored = (event: DisputeEvent): ProjectedEvent => ({ eventId: randomUUID(), type: event.type, data: event.data, occurredAt: '', source: 'disputes', position: position++ });

describe('the disputes queries on MongoDB', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    await ensureDisputesIndexes(connection);
    const events = ids.flatMap((_, i) => story(i)).map(stored);
    await new MongoProjectionWriter(disputeSummariesProjection, connection).apply(events);
    await new MongoProjectionWriter(disputeHistoriesProjection, connection).apply(events);
  });
  afterAll(() => connection.close());

  it('finds one dispute and its timeline by id, without bookkeeping', async () => {
    expect(await findDisputeSummary(connection, ids[0]!)).toMatchObject({ disputeId: ids[0], status: 'resolved', revision: 2 });
    expect(Object.keys((await findDisputeSummary(connection, ids[0]!))!)).not.toContain('_applied');
    expect((await findDisputeHistory(connection, ids[0]!))?.entries.map((e) => e.type)).toEqual(['DisputeReported', 'DisputeAccepted', 'DisputeResolved']);
    expect(await findDisputeSummary(connection, randomUUID())).toBeNull();
  });

  it('lists a community newest first, page by page, with the total', async () => {
    const first = await listDisputes(connection, { communityId }, { limit: 4 });
    expect(first.total).toBe(10);
    expect(first.items.map((d) => d.disputeId)).toEqual([ids[9], ids[8], ids[7], ids[6]]);
    const second = await listDisputes(connection, { communityId }, { limit: 4, after: first.next! });
    const third = await listDisputes(connection, { communityId }, { limit: 4, after: second.next! });
    expect([...second.items, ...third.items].map((d) => d.disputeId)).toEqual([ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]]);
    expect(third.next).toBeNull();
  });

  it('filters by category, level, status, overdue and a range of report dates', async () => {
    const list = async (filter: object) => (await listDisputes(connection, { communityId, ...filter }, { limit: 100 })).items.map((d) => ids.indexOf(d.disputeId));
    expect(await list({ category: 'leak' })).toEqual([9, 7, 5, 3, 1]);
    expect(await list({ level: 3, status: 'open' })).toEqual([9, 8, 7, 6, 5]);
    expect(await list({ status: 'resolved' })).toEqual([2, 1, 0]);
    expect(await list({ overdue: true })).toEqual([9]);
    expect(await list({ reportedFrom: '2025-03-03T00:00:00+08:00', reportedTo: '2025-03-05T23:59:59.999+08:00' })).toEqual([4, 3, 2]);
  });

  it('counts a community\'s open and overdue disputes', async () =>
    expect(await countOpenDisputes(connection, communityId)).toEqual({ open: 7, overdue: 1 }));

  it('refuses a page larger than 100 and a cursor it did not make', async () => {
    await expect(listDisputes(connection, { communityId }, { limit: 101 })).rejects.toThrow(RangeError);
    await expect(listDisputes(connection, { communityId }, { limit: 10, after: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(RangeError);
  });
});
