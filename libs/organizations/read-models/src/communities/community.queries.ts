import type { Connection } from 'mongoose';
import { collectionOf, findLive, findPage, type Page, type PageRequest } from '../read-model-collection.js';
import { communitiesProjection, type CommunityDoc } from './community.projection.js';

export interface CommunityFilter {
  /** The community-level unit the estates are registered under. */
  readonly communityUnitId?: string;
  /** Only pilots (true) or only non-pilots (false). */
  readonly pilot?: boolean;
}

const communities = (connection: Connection) => collectionOf(connection, communitiesProjection);

export function findCommunity(connection: Connection, communityId: string): Promise<CommunityDoc | null> {
  return findLive<CommunityDoc>(communities(connection), communityId);
}

export function listCommunities(connection: Connection, filter: CommunityFilter, page: PageRequest): Promise<Page<CommunityDoc>> {
  const pilot = filter.pilot === undefined ? {} : filter.pilot ? { pilot: { $ne: null } } : { pilot: null };
  const unit = filter.communityUnitId === undefined ? {} : { communityUnitId: filter.communityUnitId };
  return findPage<CommunityDoc>(communities(connection), { ...unit, ...pilot }, page);
}
