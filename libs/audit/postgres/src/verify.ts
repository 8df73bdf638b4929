import { checkpointSignatureProblem, HistoryVerifier, MerkleFrontier, toAuditedEvent, type HistoryBreak, type SignedCheckpoint, type StoredLeaf, type VerifiedState } from '@linli/audit';
import type { EventStore, RecordedEvent } from '@linli/event-store';
import type { KeyObject } from 'node:crypto';
import type { PostgresAuditStore, StoredCheckpoint } from './audit-store.js';
import { ProgressMeter, type AuditProgress } from './progress.js';

export interface VerifyOptions {
  /** The bare adapter (stored, encrypted form), as for the notary. */
  readonly store: EventStore;
  readonly audit: PostgresAuditStore;
  readonly publicKey: KeyObject;
  /** Check at least the events from this position on (inclusive); default the beginning. */
  readonly from?: bigint;
  /** Check at least up to this position (inclusive); default the newest checkpoint. */
  readonly to?: bigint;
  readonly pageSize?: number;
  readonly onProgress?: (progress: AuditProgress) => void;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly log: string;
  /** Events re-read and re-hashed. */
  readonly events: number;
  /** Signed checkpoints whose roots the log reproduced. */
  readonly checkpoints: number;
  /** The positions covered by this check (exclusive start, inclusive end). */
  readonly afterPosition: string;
  readonly throughPosition: string;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** The first place the log differs from what was signed. */
  readonly broken?: { position: string; leafIndex: number; reason: string; checkpointTreeSize: number };
  /** A problem that is not a changed event: no checkpoint, a bad signature. */
  readonly problem?: string;
  /** The newest readable position is beyond the newest checkpoint: those events are not covered yet. */
  readonly uncoveredAfter?: string;
}

/** The checkpoints this run needs: the one to start from (null: the empty tree) and those to reproduce. */
function select(all: readonly StoredCheckpoint[], from: bigint | undefined, to: bigint | undefined): { base: StoredCheckpoint | null; targets: SignedCheckpoint[] } {
  const base = from === undefined ? null : ([...all].reverse().find((c) => BigInt(c.checkpoint.position) < from) ?? null);
  const endIndex = to === undefined ? all.length - 1 : all.findIndex((c) => BigInt(c.checkpoint.position) >= to);
  const last = endIndex === -1 ? all.length - 1 : endIndex;
  const targets = all.slice(0, last + 1).map((c) => c.checkpoint).filter((c) => c.treeSize > (base?.checkpoint.treeSize ?? 0));
  return { base, targets };
}

/** Reads pages ahead: the next page is already on its way while the current one is hashed. */
async function* pages<T>(read: (after: T | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  let next = read(undefined);
  try {
    for (;;) {
      const page = await next;
      if (page.length === 0) return;
      next = read(page[page.length - 1]);
      yield page;
    }
  } finally {
    await next.catch(() => undefined); // a caller that stops early must not leave a read running (or failing) behind
  }
}

/** One pass over the log from a verified state to the targets; with records it can locate a change. */
async function runPass(options: VerifyOptions, base: VerifiedState, targets: readonly SignedCheckpoint[], meter: ProgressMeter | null, withRecords: boolean): Promise<{ verifier: HistoryVerifier; broken: HistoryBreak | null }> {
  const pageSize = options.pageSize ?? 5_000;
  const verifier = new HistoryVerifier(base, targets, { withRecords });
  const wanted = verifier.wantedSize;
  const records = withRecords ? pages<StoredLeaf>((after) => options.audit.leavesFrom(after ? after.leafIndex + 1 : base.treeSize, pageSize)) : null;
  let buffered: StoredLeaf[] = [];
  let cursor = 0;
  const nextRecord = async (): Promise<StoredLeaf | undefined> => {
    if (cursor >= buffered.length && records) {
      const page = await records.next();
      [buffered, cursor] = [page.done ? [] : page.value, 0];
    }
    return buffered[cursor++];
  };
  const events = pages<RecordedEvent>((after) => options.store.readAll({ fromPosition: after?.globalPosition ?? BigInt(base.position), limit: pageSize }));
  let broken: HistoryBreak | null = null;
  outer: for await (const page of events) {
    for (const event of page) {
      const record = !records ? undefined : cursor < buffered.length ? buffered[cursor++] : await nextRecord();
      broken = verifier.feed(toAuditedEvent(event), record);
      if (meter) meter.events++;
      if (broken || verifier.size >= wanted) break outer;
    }
    if (meter) options.onProgress?.(meter.at(page[page.length - 1].globalPosition));
  }
  broken ??= verifier.finish(records ? await nextRecord() : undefined);
  await events.return(undefined);
  await records?.return(undefined);
  return { verifier, broken };
}

/**
 * Re-reads the log and checks every covered event against the signed checkpoints (see
 * HistoryVerifier). Never trusts the notary's tables beyond what the signatures vouch for.
 */
export async function verifyHistory(options: VerifyOptions): Promise<VerifyReport> {
  const log = options.audit.schema;
  const all = await options.audit.all();
  const { base, targets } = select(all, options.from, options.to);
  const startPosition = base ? BigInt(base.checkpoint.position) : 0n;
  const meter = new ProgressMeter('verify', startPosition, targets.length ? BigInt(targets[targets.length - 1].position) : startPosition);
  const summary = (rest: Partial<VerifyReport> & { ok: boolean }): VerifyReport => ({
    log,
    events: meter.events,
    checkpoints: 0,
    afterPosition: startPosition.toString(),
    throughPosition: targets.length ? targets[targets.length - 1].position : startPosition.toString(),
    seconds: meter.seconds(),
    eventsPerSecond: meter.rate(),
    ...rest,
  });
  if (targets.length === 0) return summary({ ok: false, problem: all.length ? 'no checkpoint covers the requested range' : `log "${log}" has no signed checkpoint yet: run \`linli audit notarize\`` });
  for (const checkpoint of [...(base ? [base.checkpoint] : []), ...targets]) {
    const problem = checkpointSignatureProblem(checkpoint, options.publicKey);
    if (problem) return summary({ ok: false, problem });
  }
  if (base && new MerkleFrontier(base.checkpoint.treeSize, base.frontier).root().toString('hex') !== base.checkpoint.root) {
    return summary({ ok: false, problem: `the stored frontier of checkpoint ${base.checkpoint.treeSize} does not fold to its signed root; verify from the beginning` });
  }
  const fast = await runPass(options, { treeSize: base?.checkpoint.treeSize ?? 0, frontier: base?.frontier ?? [], position: startPosition.toString() }, targets, meter, false);
  let broken = fast.broken;
  if (broken && !broken.located) {
    // Locate the change: again from the last reproduced checkpoint, this time beside the notary's records.
    const failed = broken.checkpoint;
    broken = (await runPass(options, fast.verifier.verified, [failed], null, true)).broken ?? broken;
  }
  const verifier = fast.verifier;
  const head = await options.store.headPosition();
  const newest = all[all.length - 1].checkpoint.position;
  return summary({
    ok: broken === null,
    checkpoints: verifier.verifiedCheckpoints,
    ...(broken ? { broken: { position: broken.position, leafIndex: broken.leafIndex, reason: broken.reason, checkpointTreeSize: broken.checkpoint.treeSize } } : {}),
    ...(head > BigInt(newest) ? { uncoveredAfter: newest } : {}),
  });
}
