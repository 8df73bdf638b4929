import type { RecordedEvent } from '@linli/event-store';
import { localDateOf } from '@linli/ratings-read-models';
import { UsageError } from '../../../command.js';

/** What an evidence pack is about. */
export type Scope = { readonly kind: 'all' } | { readonly kind: 'community' | 'dispute'; readonly id: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export function parseScope(value: string): Scope {
  if (value === 'all') return { kind: 'all' };
  const match = /^(community|dispute):(.+)$/.exec(value);
  if (!match || !ID.test(match[2] as string)) throw new UsageError('--scope must be community:<id>, dispute:<id> or all (ids: letters, digits, . _ : -)');
  return { kind: match[1] as 'community' | 'dispute', id: match[2] as string };
}

export const scopeName = (scope: Scope): string => (scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id}`);

type Data = Record<string, unknown>;
const str = (data: Data, key: string): string | undefined => (typeof data[key] === 'string' ? (data[key] as string) : undefined);

/**
 * Decides, in log order, which stored events concern the scope. A community's pack also takes what
 * its rating needs: the party units serving it (and their groups), its members' events, and the
 * rubrics; ids learnt from earlier events widen the net for later ones.
 */
export class ScopeTracker {
  private readonly units = new Set<string>();
  private readonly members = new Set<string>();

  constructor(readonly scope: Scope) {}

  includes(event: RecordedEvent): boolean {
    const data = (event.data ?? {}) as Data;
    if (this.scope.kind === 'all') return true;
    if (this.scope.kind === 'dispute') return str(data, 'disputeId') === this.scope.id;
    return this.community(event, data, this.scope.id);
  }

  private community(event: RecordedEvent, data: Data, id: string): boolean {
    const served = Array.isArray(data['servedCommunityIds']) && (data['servedCommunityIds'] as unknown[]).includes(id);
    const direct = [str(data, 'communityId'), str(data, 'toCommunityId'), str(data, 'fromCommunityId')].includes(id);
    const unit = str(data, 'unitId');
    const viaUnit = [unit, str(data, 'parentUnitId'), str(data, 'branchUnitId')].some((u) => u !== undefined && this.units.has(u));
    const member = str(data, 'memberId');
    const viaMember = member !== undefined && this.members.has(member);
    if (!(served || direct || viaUnit || viaMember || event.streamName.startsWith('ratings.Rubric'))) return false;
    if (unit && (served || str(data, 'parentUnitId') === undefined || this.units.has(str(data, 'parentUnitId') as string))) this.units.add(unit);
    if (member && direct) this.members.add(member);
    return true;
  }
}

/** --from/--to: a business day (YYYY-MM-DD, inclusive, local time) or a global position (inclusive). */
export type Bound = { readonly day: string } | { readonly position: bigint };

export function parseBound(value: string | true | undefined, flag: string): Bound | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return { day: value };
  if (typeof value === 'string' && /^\d{1,40}$/.test(value)) return { position: BigInt(value) };
  throw new UsageError(`--${flag} must be a business day YYYY-MM-DD or a global position`);
}

export function inRange(event: RecordedEvent, from: Bound | undefined, to: Bound | undefined): boolean {
  const day = localDateOf(event.metadata.occurredAt);
  if (from && ('day' in from ? day < from.day : event.globalPosition < from.position)) return false;
  if (to && ('day' in to ? day > to.day : event.globalPosition > to.position)) return false;
  return true;
}

export const boundText = (bound: Bound | undefined): string | null => (bound === undefined ? null : 'day' in bound ? bound.day : bound.position.toString());
