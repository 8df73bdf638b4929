import type { MemberRank } from '@linli/organizations-domain';
import type { Connection } from 'mongoose';
import { collectionOf, findLive, findPage, live, type Page, type PageRequest } from '../read-model-collection.js';
import { membersProjection, type MemberDoc } from './member.projection.js';

/** A member's record without the per-day tally the domain keeps to cap a day's hours. */
export type MemberView = Omit<MemberDoc, 'hoursByDay'>;

export interface MemberFilter {
  readonly communityId?: string;
  readonly branchUnitId?: string;
  readonly status?: MemberDoc['status'];
  readonly rank?: MemberRank;
}

const hidden = ['hoursByDay'];
const members = (connection: Connection) => collectionOf(connection, membersProjection);

export function findMember(connection: Connection, memberId: string): Promise<MemberView | null> {
  return findLive<MemberView>(members(connection), memberId, hidden);
}

export function listMembers(connection: Connection, filter: MemberFilter, page: PageRequest): Promise<Page<MemberView>> {
  return findPage<MemberView>(members(connection), { ...filter }, page, hidden);
}

/** How many members of each rank are active in a residential community. */
export async function countActiveMembers(connection: Connection, communityId: string): Promise<{ total: number; departmentLevel: number }> {
  const active = { communityId, status: 'active', ...live };
  const [total, departmentLevel] = await Promise.all([
    members(connection).countDocuments(active),
    members(connection).countDocuments({ ...active, rank: 'department_level' }),
  ]);
  return { total, departmentLevel };
}
