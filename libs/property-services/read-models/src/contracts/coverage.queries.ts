import type { StoredDoc } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';
import { collectionOf, documentOf, findPage, VISIBLE, type Page, type PageRequest } from '../query-support.js';
import { communitiesProjection, type CommunityDoc } from './communities.projection.js';
import { contractsProjection, feeStandardOn, type ContractDoc } from './contracts.projection.js';

/** The contract serving a community on the day asked about. */
export interface ContractInForce {
  readonly contractId: string;
  readonly companyId: string;
  readonly serviceLevel: ContractDoc['serviceLevel'];
  readonly feeStandardFenPerSqmMonth: number;
  readonly from: string;
  readonly until: string;
}

export interface CommunityCoverage {
  readonly communityId: string;
  readonly covered: boolean;
  readonly contract: ContractInForce | null;
}

/** Coverage on a day over the communities this service has seen, with one page of them. */
export interface CoverageOnDate {
  readonly date: string;
  readonly communitiesSeen: number;
  readonly covered: number;
  readonly uncovered: number;
  readonly communities: Page<CommunityCoverage>;
}

export type CoverageFilter = 'covered' | 'uncovered' | undefined;

/**
 * Which communities have a contract in force on `date`. No two contracts of a community are in
 * force on the same day (the domain refuses overlaps), so contracts in force count communities.
 */
export async function coverageOnDate(connection: Connection, date: string, page: PageRequest, only?: CoverageFilter): Promise<CoverageOnDate> {
  const contracts = collectionOf(connection, contractsProjection);
  const communities = collectionOf(connection, communitiesProjection);
  const inForce: mongo.Filter<StoredDoc> = { periodStart: { $lte: date }, lastDayInForce: { $gte: date }, ...VISIBLE };
  const [communitiesSeen, covered] = await Promise.all([communities.countDocuments(VISIBLE), contracts.countDocuments(inForce)]);
  const list = await pageOf(connection, date, inForce, page, only);
  return { date, communitiesSeen, covered, uncovered: communitiesSeen - covered, communities: list };
}

async function pageOf(connection: Connection, date: string, inForce: mongo.Filter<StoredDoc>, page: PageRequest, only: CoverageFilter): Promise<Page<CommunityCoverage>> {
  const contracts = collectionOf(connection, contractsProjection);
  const communities = collectionOf(connection, communitiesProjection);
  if (only === 'covered') {
    const found = await findPage<ContractDoc>(contracts, inForce, { communityId: 1, _id: 1 }, page);
    return { ...found, items: found.items.map((contract) => coverageOf(contract.communityId, contract, date)) };
  }
  const coveredIds = only === 'uncovered' ? ((await contracts.distinct('communityId', inForce)) as string[]) : [];
  const filter: mongo.Filter<StoredDoc> = only === 'uncovered' ? { _id: { $nin: coveredIds } } : {};
  const found = await findPage<CommunityDoc>(communities, filter, { _id: 1 }, page);
  const ids = found.items.map((community) => community.communityId);
  const serving = only === 'uncovered' ? [] : await contracts.find({ ...inForce, communityId: { $in: ids } }).toArray();
  const byCommunity = new Map(serving.map((doc) => documentOf<ContractDoc>(doc)).map((contract) => [contract.communityId, contract]));
  return { ...found, items: ids.map((communityId) => coverageOf(communityId, byCommunity.get(communityId), date)) };
}

function coverageOf(communityId: string, contract: ContractDoc | undefined, date: string): CommunityCoverage {
  if (!contract) return { communityId, covered: false, contract: null };
  const { contractId, companyId, serviceLevel, periodStart: from, lastDayInForce: until } = contract;
  return { communityId, covered: true, contract: { contractId, companyId, serviceLevel, feeStandardFenPerSqmMonth: feeStandardOn(contract, date), from, until } };
}
