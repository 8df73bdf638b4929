import type { Projection } from '@linli/projections';
import type { Connection } from 'mongoose';
import { companiesProjection } from './companies/companies.projection.js';
import { communitiesProjection } from './contracts/communities.projection.js';
import { contractsProjection } from './contracts/contracts.projection.js';
import { feeRecordsProjection } from './ledger/fee-records.projection.js';
import { ledgerEntriesProjection } from './ledger/ledger-entries.projection.js';
import { statementsProjection } from './ledger/statements.projection.js';
import { collectionOf } from './query-support.js';

/** Every read model of the property-services context, fed from its own `property.` streams. */
export const propertyServicesProjections: readonly Projection<object>[] = [
  companiesProjection,
  communitiesProjection,
  contractsProjection,
  ledgerEntriesProjection,
  feeRecordsProjection,
  statementsProjection,
];

/**
 * The indexes the queries rely on. Plain ascending indexes only, which FerretDB supports too;
 * creating an index that exists is a no-op, so this runs at every start.
 */
export async function ensureReadModelIndexes(connection: Connection): Promise<void> {
  await Promise.all([
    collectionOf(connection, companiesProjection).createIndex({ creditCode: 1 }),
    collectionOf(connection, companiesProjection).createIndex({ name: 1 }),
    collectionOf(connection, contractsProjection).createIndex({ communityId: 1, periodStart: 1 }),
    collectionOf(connection, contractsProjection).createIndex({ periodStart: 1, lastDayInForce: 1 }),
    collectionOf(connection, ledgerEntriesProjection).createIndex({ communityId: 1, date: 1, sequence: 1 }),
    collectionOf(connection, feeRecordsProjection).createIndex({ communityId: 1, period: 1 }),
    collectionOf(connection, statementsProjection).createIndex({ communityId: 1, periodStart: 1 }),
  ]);
}
