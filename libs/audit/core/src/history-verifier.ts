import { eventLeafHash, type AuditedEvent } from './audited-event.js';
import type { SignedCheckpoint } from './checkpoint.js';
import { MerkleFrontier, type FrontierNode } from './merkle.js';

/** The notary's record of one leaf (unsigned; trusted only once it folds to a signed root). */
export interface StoredLeaf {
  readonly leafIndex: number;
  readonly position: string;
  readonly eventId: string;
  readonly hash: Buffer;
}

/** Where the log stops matching what was signed. */
export interface HistoryBreak {
  /** The first position where the stored log differs from the notarized one. */
  readonly position: string;
  readonly leafIndex: number;
  readonly reason: string;
  /** The signed checkpoint whose root the log no longer reproduces. */
  readonly checkpoint: SignedCheckpoint;
  /** False when only the checkpoint range is known (records were not consulted): run again with records from `verified`. */
  readonly located: boolean;
}

/** Where the tree stood at the last reproduced checkpoint (or the start): a pass can resume from here. */
export interface VerifiedState {
  readonly treeSize: number;
  readonly frontier: readonly FrontierNode[];
  /** Position of the last event of that tree ("0" when empty). */
  readonly position: string;
}

interface Difference {
  readonly position: string;
  readonly leafIndex: number;
  readonly reason: string;
}

const lower = (a: string, b: string): string => (BigInt(a) <= BigInt(b) ? a : b);

/** Why the event read at this leaf differs from the leaf the notary recorded there, or null. */
function difference(leafIndex: number, event: AuditedEvent, hash: Buffer, stored: StoredLeaf | undefined): Difference | null {
  const at = event.globalPosition;
  if (!stored) return { position: at, leafIndex, reason: `event at position ${at} was never notarized (inserted)` };
  if (stored.position === at && stored.hash.equals(hash)) return null;
  if (stored.position === at && stored.eventId !== event.eventId) return { position: at, leafIndex, reason: `position ${at} holds event ${event.eventId}, but ${stored.eventId} was notarized there (reordered or replaced)` };
  if (stored.position === at) return { position: at, leafIndex, reason: `event at position ${at} was altered (its data, metadata, type or envelope changed)` };
  if (BigInt(at) < BigInt(stored.position)) return { position: at, leafIndex, reason: `unexpected event at position ${at} (inserted or moved; the notarized log continues with ${stored.position})` };
  return { position: lower(at, stored.position), leafIndex, reason: `event at position ${stored.position} is missing (deleted or moved)` };
}

/**
 * Re-computes the Merkle tree over the events as read now and, at each signed checkpoint, compares
 * roots. Alongside it folds the notary's own leaf records: when those still reproduce the signed
 * root they are authentic, so the first leaf where they differ from the events is exactly where the
 * log was changed. Pure: the caller feeds events and records in order.
 */
export class HistoryVerifier {
  private readonly events: MerkleFrontier;
  /** The notary's records folded apart from the events, only once they differ (until then they are the same tree). */
  private records: MerkleFrontier | null = null;
  private readonly pending: SignedCheckpoint[];
  private first: Difference | null = null;
  private sinceCheckpoint: string | null = null;
  private readonly withRecords: boolean;
  verifiedCheckpoints = 0;
  /** The tree at the last reproduced checkpoint. */
  verified: VerifiedState;

  /**
   * `withRecords: false` skips the notary's records (the fast pass): a failing checkpoint then
   * names its range only, and a second pass with records from `verified` locates the change.
   */
  constructor(base: { treeSize: number; frontier: readonly FrontierNode[]; position?: string }, targets: readonly SignedCheckpoint[], options: { withRecords?: boolean } = {}) {
    this.events = new MerkleFrontier(base.treeSize, base.frontier);
    this.pending = [...targets].sort((a, b) => a.treeSize - b.treeSize).filter((c) => c.treeSize > base.treeSize);
    this.withRecords = options.withRecords ?? true;
    this.verified = { treeSize: base.treeSize, frontier: this.events.toJSON(), position: base.position ?? '0' };
  }

  /** Leaves verified so far plus those in progress. */
  get size(): number {
    return this.events.size;
  }

  /** True once every target checkpoint is reproduced. */
  get done(): boolean {
    return this.pending.length === 0;
  }

  /** The tree size up to which events are still needed. */
  get wantedSize(): number {
    return this.pending.length ? this.pending[this.pending.length - 1].treeSize : this.events.size;
  }

  /** Feeds the next event in log order with the notary's record for the same leaf; returns a break when a checkpoint fails. */
  feed(event: AuditedEvent, stored: StoredLeaf | undefined): HistoryBreak | null {
    const leafIndex = this.events.size;
    const hash = eventLeafHash(event);
    this.sinceCheckpoint ??= event.globalPosition;
    if (!this.first && this.withRecords) {
      this.first = difference(leafIndex, event, hash, stored);
      if (this.first) this.records = this.events.clone();
    }
    this.events.append(hash);
    this.records?.append(stored?.hash ?? hash);
    const target = this.pending[0];
    if (!target || this.events.size !== target.treeSize) return null;
    return this.reachCheckpoint(target);
  }

  /** The events ran out: any checkpoint left unreached breaks at the first missing leaf. */
  finish(next: StoredLeaf | undefined): HistoryBreak | null {
    const target = this.pending[0];
    if (!target) return null;
    const position = next?.position ?? target.position;
    const found = this.first ?? { position, leafIndex: this.events.size, reason: `event at position ${position} is missing: the log ends after ${this.events.size} events but a checkpoint covers ${target.treeSize}` };
    return { ...found, checkpoint: target, located: this.withRecords };
  }

  private reachCheckpoint(target: SignedCheckpoint): HistoryBreak | null {
    const eventsRoot = this.events.root().toString('hex');
    const recordsRoot = (this.records ?? this.events).root().toString('hex');
    if (eventsRoot === target.root) {
      this.pending.shift();
      this.verifiedCheckpoints++;
      this.first = null;
      this.records = null;
      this.sinceCheckpoint = null;
      this.verified = { treeSize: this.events.size, frontier: this.events.toJSON(), position: target.position };
      return null;
    }
    if (this.first && recordsRoot === target.root) return { ...this.first, checkpoint: target, located: true };
    const from = this.sinceCheckpoint ?? target.position;
    const why = this.withRecords ? ", and the notary's leaf records were altered too" : '';
    return {
      position: from,
      leafIndex: this.verified.treeSize,
      checkpoint: target,
      located: false,
      reason: `the events from position ${from} to ${target.position} do not reproduce the signed root of tree size ${target.treeSize}${why}`,
    };
  }
}
