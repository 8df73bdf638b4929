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
 *
 * With `depth` above 1, up to that many batches are handed to `send` before the oldest was
 * acknowledged: only for a sender that queues them itself, sends them one at a time in order and
 * refuses every batch after one failed (the producer thread does), so that a batch is on its way
 * the moment the one before is acknowledged, without waiting for this thread to notice the ack.
 */
export class OrderedSender<Batch> {
  private sent: Promise<void> = Promise.resolve();
  /** Handed to `send` and not yet acknowledged (at most `depth`), oldest first. */
  private unacknowledged: Promise<void>[] = [];
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
    /** Batches handed to `send` before the oldest was acknowledged (see above); 1: one at a time. */
    private readonly depth = 1,
  ) {}

  /** Waits until fewer than `depth` batches await their acknowledgement (rethrowing any failure), then starts this one. */
  async enqueue(batch: Batch, checkpoint: Checkpoint): Promise<void> {
    while (this.unacknowledged.length >= this.depth) await this.unacknowledged[0];
    if (this.failure) throw this.failure.error;
    // Acknowledged in order: a batch counts only once every batch before it was.
    const sending = this.send(batch);
    const sent = (this.depth === 1 ? sending : Promise.all([this.sent, sending])).then(() => this.acknowledged(checkpoint));
    this.sent = sent;
    this.unacknowledged.push(sent);
    sent.then(
      () => this.settled(sent),
      (error: unknown) => {
        this.settled(sent);
        this.fail(error);
      },
    );
  }

  /** Resolves when every batch was acknowledged and its checkpoint (or a later one) stored; rejects with the first failure. */
  async drain(): Promise<void> {
    await this.sent;
    while (this.storingNow) await this.storing;
    if (this.failure) throw this.failure.error;
  }

  private settled(sent: Promise<void>): void {
    this.unacknowledged = this.unacknowledged.filter((other) => other !== sent);
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
