import type { Connection } from 'mongoose';
import { collectionOf, findLive, findPage, type Page, type PageRequest } from '../read-model-collection.js';
import { receptionDaysProjection, type ReceptionDayDoc } from './reception-day.projection.js';

export interface ReceptionDayFilter {
  readonly communityId?: string;
  readonly status?: ReceptionDayDoc['status'];
}

const receptionDays = (connection: Connection) => collectionOf(connection, receptionDaysProjection);

export function findReceptionDay(connection: Connection, receptionDayId: string): Promise<ReceptionDayDoc | null> {
  return findLive<ReceptionDayDoc>(receptionDays(connection), receptionDayId);
}

export function listReceptionDays(connection: Connection, filter: ReceptionDayFilter, page: PageRequest): Promise<Page<ReceptionDayDoc>> {
  return findPage<ReceptionDayDoc>(receptionDays(connection), { ...filter }, page);
}
