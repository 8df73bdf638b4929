import type { Projection } from '@linli/projections';
import type { Connection } from 'mongoose';
import { communitiesProjection } from './communities/community.projection.js';
import { membersProjection } from './members/member.projection.js';
import { receptionDaysProjection } from './reception-days/reception-day.projection.js';
import { collectionOf } from './read-model-collection.js';
import { unitsProjection } from './units/unit.projection.js';

/** Every read model of the organizations service, fed from its own streams by one runner. */
// Each projection folds its own document type; the runner only moves them along, hence the widening.
export const organizationsProjections = [unitsProjection, communitiesProjection, membersProjection, receptionDaysProjection] as unknown as readonly Projection<object>[];

/**
 * The indexes the queries filter on. Plain single-field indexes only: FerretDB (the MongoDB
 * server of development and CI) has no partial, TTL or text indexes. Creating an existing index
 * is a no-op, so this runs at every start.
 */
export async function ensureOrganizationsIndexes(connection: Connection): Promise<void> {
  const indexes: [Pick<Projection<object>, 'name' | 'version'>, string][] = [
    [unitsProjection, 'parentUnitId'],
    [unitsProjection, 'servedCommunityIds'],
    [communitiesProjection, 'communityUnitId'],
    [membersProjection, 'communityId'],
    [membersProjection, 'branchUnitId'],
    [receptionDaysProjection, 'communityId'],
  ];
  for (const [projection, field] of indexes) await collectionOf(connection, projection).createIndex({ [field]: 1 });
}
