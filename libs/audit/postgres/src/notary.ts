import { eventLeafHash, keyIdOf, MerkleFrontier, signCheckpoint, toAuditedEvent, type SignedCheckpoint, type StoredLeaf } from '@linli/audit';
import type { EventStore } from '@linli/event-store';
import type { KeyObject } from 'node:crypto';
import type { PostgresAuditStore } from './audit-store.js';
import { ProgressMeter, type AuditProgress } from './progress.js';

export interface NotaryOptions {
  /**
   * The log as stored: the bare adapter, NOT wrapped in PersonalDataProtection, so that personal
   * fields are hashed in their encrypted form and erasing a key never changes a hash.
   */
  readonly store: EventStore;
  readonly audit: PostgresAuditStore;
  readonly signingKey: KeyObject;
  /** Events per read and per signed checkpoint during a catch-up. Default 5,000. */
  readonly pageSize?: number;
  readonly now?: () => Date;
  readonly onProgress?: (progress: AuditProgress) => void;
}

export interface NotarizeResult {
  /** Events newly covered by this run. */
  readonly events: number;
  /** Checkpoints signed by this run. */
  readonly signed: number;
  /** The newest checkpoint (null when the log is still empty). */
  readonly checkpoint: SignedCheckpoint | null;
  readonly eventsPerSecond: number;
}

export class NotaryBusy extends Error {
  constructor(log: string) {
    super(`another notary is running for log "${log}" (it holds the notary lock)`);
  }
}

/** Resumes the tree from the newest checkpoint, after checking that it is ours and intact. */
async function resume(options: NotaryOptions): Promise<{ frontier: MerkleFrontier; position: bigint; checkpoint: SignedCheckpoint | null }> {
  const latest = await options.audit.latest();
  if (!latest) return { frontier: new MerkleFrontier(), position: 0n, checkpoint: null };
  const frontier = new MerkleFrontier(latest.checkpoint.treeSize, latest.frontier);
  if (frontier.root().toString('hex') !== latest.checkpoint.root) throw new Error(`the stored frontier of checkpoint ${latest.checkpoint.treeSize} does not fold to its signed root: run \`linli audit verify\``);
  return { frontier, position: BigInt(latest.checkpoint.position), checkpoint: latest.checkpoint };
}

/**
 * Covers every event readers can see that is not yet covered, signing a checkpoint per page.
 * One notary per log at a time (advisory lock); throws NotaryBusy otherwise.
 */
export async function notarize(options: NotaryOptions): Promise<NotarizeResult> {
  const result = await options.audit.exclusively(() => notarizeLocked(options));
  if (!result) throw new NotaryBusy(options.audit.schema);
  return result;
}

async function notarizeLocked(options: NotaryOptions): Promise<NotarizeResult> {
  const pageSize = options.pageSize ?? 5_000;
  const keyId = keyIdOf(options.signingKey);
  const resumed = await resume(options);
  const frontier = resumed.frontier;
  let { position, checkpoint } = resumed;
  const meter = new ProgressMeter('notarize', position, await options.store.headPosition());
  let signed = 0;
  for (;;) {
    const page = await options.store.readAll({ fromPosition: position, limit: pageSize });
    if (page.length === 0) break;
    const leaves: StoredLeaf[] = page.map((event) => {
      const hash = eventLeafHash(toAuditedEvent(event));
      const leaf = { leafIndex: frontier.size, position: event.globalPosition.toString(), eventId: event.eventId, hash };
      frontier.append(hash);
      return leaf;
    });
    position = page[page.length - 1].globalPosition;
    const statement = { log: options.audit.schema, treeSize: frontier.size, position: position.toString(), root: frontier.root().toString('hex'), time: (options.now?.() ?? new Date()).toISOString(), keyId };
    checkpoint = signCheckpoint(statement, options.signingKey);
    await options.audit.record(leaves, { checkpoint, frontier: frontier.toJSON() });
    signed++;
    meter.events += page.length;
    options.onProgress?.(meter.at(position));
    if (page.length < pageSize) break;
  }
  return { events: meter.events, signed, checkpoint, eventsPerSecond: meter.rate() };
}

/**
 * Keeps notarizing: a pass every `intervalMs` (default 5 s), so while events arrive a new signed
 * checkpoint appears at least that often. Resolves when `signal` aborts.
 */
export async function followNotary(options: NotaryOptions & { intervalMs?: number; signal: AbortSignal; onPass?: (result: NotarizeResult) => void }): Promise<void> {
  const interval = options.intervalMs ?? 5_000;
  while (!options.signal.aborted) {
    const result = await notarize(options); // not inside `onPass?.(…)`: optional chaining would skip the call itself
    options.onPass?.(result);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, interval);
      options.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
