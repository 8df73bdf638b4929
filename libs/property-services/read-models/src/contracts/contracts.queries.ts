import type { Connection } from 'mongoose';
import { collectionOf, documentOf, VISIBLE } from '../query-support.js';
import { communitiesProjection, type CommunityDoc, type TenderView } from './communities.projection.js';
import { contractsProjection, type ContractDoc } from './contracts.projection.js';

/** The tenders and contracts of one community, contracts in the order they start. */
export interface CommunityContractsView {
  readonly communityId: string;
  readonly tenders: readonly TenderView[];
  readonly contracts: readonly ContractDoc[];
}

/** Tenders and contracts of a community (both empty when it has none). */
export async function contractsOfCommunity(connection: Connection, communityId: string): Promise<CommunityContractsView> {
  const [community, contracts] = await Promise.all([
    collectionOf(connection, communitiesProjection).findOne({ _id: communityId, ...VISIBLE }),
    collectionOf(connection, contractsProjection).find({ communityId, ...VISIBLE }).sort({ periodStart: 1, contractId: 1 }).toArray(),
  ]);
  const tenders = community ? [...documentOf<CommunityDoc>(community).tenders].sort((a, b) => compare(a.tenderDate, b.tenderDate)) : [];
  return { communityId, tenders, contracts: contracts.map((doc) => documentOf<ContractDoc>(doc)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
