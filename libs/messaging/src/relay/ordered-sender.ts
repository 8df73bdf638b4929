import type { Checkpoint } from '@linli/event-store';

/**
 * The relay's pipeline: while one batch is on its way to the broker, the next is mapped and
 * validated, and checkpoints are stored beside both. Sends stay strictly one after another (order
 * per key holds). A checkpoint is stored only after its own batch, and so every batch before it,
 * was acknowledged, and never before an earlier one: a failure anywhere can only cause
 * republishing, never a gap. Sends do not wait for checkpoints: when storing one (a PostgreSQL
 * commit, an fsync) takes longer than a batch, the batches acknowledged meanwhile are covered by
 * the newest of them alone, stored next; the older ones are skipped, which after a crash can only
 * mean more republished duplicates, never fewer events.
 */
export class OrderedSender<Batch> {
  private sent: Promise<void> = Promise.resolve();
  /** The newest acknowledged checkpoint not stored yet. */
  private pending: Checkpoint | undefined;
  /** The store in progress (one at a time), or resolved when idle. */
  private storing: Promise<void> = Promise.resolve();
  private storingNow = false;
  /** The first failure of a send or a store: no batch is sent after it. */
  private failure: { error: unknown } | undefined;
  /** After a store failed, no later checkpoint is stored either (as if each waited for the one before). */
  private storeFailed = false;

  constructor(
    private readonly send: (batch: Batch) => Promise<void>,
    private readonly commit: (checkpoint: Checkpoint) => Promise<void>,
    /** Called with a failure of a send or commit that nobody awaited yet. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Waits until the previous batch was acknowledged (rethrowing any failure), then starts this one. */
  async enqueue(batch: Batch, checkpoint: Checkpoint): Promise<void> {
    await this.sent;
    if (this.failure) throw this.failure.error;
    const sent = this.send(batch).then(() => this.acknowledged(checkpoint));
    this.sent = sent;
    sent.catch((error: unknown) => this.fail(error));
  }

  /** Resolves when every batch was acknowledged and its checkpoint (or a later one) stored; rejects with the first failure. */
  async drain(): Promise<void> {
    await this.sent;
    while (this.storingNow) await this.storing;
    if (this.failure) throw this.failure.error;
  }

  private acknowledged(checkpoint: Checkpoint): void {
    if (this.storeFailed) return;
    this.pending = checkpoint;
    if (!this.storingNow) this.storing = this.storeNewest();
  }

  /** Stores the newest pending checkpoint, then any acknowledged meanwhile, one at a time. */
  private async storeNewest(): Promise<void> {
    this.storingNow = true;
    try {
      for (let checkpoint = this.pending; checkpoint; checkpoint = this.pending) {
        this.pending = undefined;
        await this.commit(checkpoint);
      }
    } catch (error) {
      this.storeFailed = true;
      this.pending = undefined;
      this.fail(error);
    } finally {
      this.storingNow = false;
    }
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = { error };
    this.onFailure(error);
  }
}
