import type { Connection } from 'mongoose';
import { collectionOf, documentOf, findPage, VISIBLE, type Page, type PageRequest } from '../query-support.js';
import { communityScopedId } from '../property-event.js';
import { statementsProjection, type StatementDoc } from './statements.projection.js';

/** Published statements of a community, in the order of their periods (a month before its quarter). */
export function statementsOf(connection: Connection, communityId: string, page: PageRequest): Promise<Page<StatementDoc>> {
  return findPage<StatementDoc>(collectionOf(connection, statementsProjection), { communityId }, { periodStart: 1, periodEnd: 1 }, page);
}

/** The statement of one period, or null when none is published (or the read model has not seen it yet). */
export async function statementFor(connection: Connection, communityId: string, period: string): Promise<StatementDoc | null> {
  const doc = await collectionOf(connection, statementsProjection).findOne({ _id: communityScopedId(communityId, period), ...VISIBLE });
  return doc && documentOf<StatementDoc>(doc);
}
