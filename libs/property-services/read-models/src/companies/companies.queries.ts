import type { Connection, mongo } from 'mongoose';
import type { StoredDoc } from '@linli/projections';
import { collectionOf, documentOf, findPage, VISIBLE, type Page, type PageRequest } from '../query-support.js';
import { companiesProjection, type CompanyDoc } from './companies.projection.js';

const companies = (connection: Connection) => collectionOf(connection, companiesProjection);

/** Registered companies by name (then id), optionally only those of one standing. */
export function listCompanies(connection: Connection, page: PageRequest, status?: CompanyDoc['status']): Promise<Page<CompanyDoc>> {
  const filter: mongo.Filter<StoredDoc> = status ? { status } : {};
  return findPage<CompanyDoc>(companies(connection), filter, { name: 1, _id: 1 }, page);
}

/** One company of the register, or null when the register does not know it. */
export async function findCompany(connection: Connection, companyId: string): Promise<CompanyDoc | null> {
  const doc = await companies(connection).findOne({ _id: companyId, ...VISIBLE });
  return doc && documentOf<CompanyDoc>(doc);
}

/** The id of the company that holds a (normalised, capitalised) credit code, if the register has one. */
export async function companyHoldingCreditCode(connection: Connection, creditCode: string): Promise<string | null> {
  const doc = await companies(connection).findOne({ creditCode, ...VISIBLE });
  return doc ? documentOf<CompanyDoc>(doc).companyId : null;
}
