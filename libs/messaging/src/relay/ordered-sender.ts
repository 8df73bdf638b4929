import type { Checkpoint } from '@linli/event-store';

/**
 * The relay's pipeline: while one batch is on its way to the broker, the next is mapped and
 * validated, and the previous one's checkpoint is being stored. Sends stay strictly one after
 * another (order per key holds); each checkpoint is stored only after its own batch was
 * acknowledged and after the checkpoint before it, so a failure anywhere can only cause
 * republishing, never a gap.
 */
export class OrderedSender<Batch> {
  private sent: Promise<void> = Promise.resolve();
  private committed: Promise<void> = Promise.resolve();
  /** The checkpoint of the batch before the last: awaiting it bounds the pipeline at two batches. */
  private committedBefore: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (batch: Batch) => Promise<void>,
    private readonly commit: (checkpoint: Checkpoint) => Promise<void>,
    /** Called with a failure of a send or commit that nobody awaited yet. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Waits until the previous batch was acknowledged (rethrowing any failure), then starts this one. */
  async enqueue(batch: Batch, checkpoint: Checkpoint): Promise<void> {
    await Promise.all([this.sent, this.committedBefore]);
    const sent = this.send(batch);
    this.committedBefore = this.committed;
    this.sent = sent;
    // Only the checkpoint waits for the ack: the next batch's send need not wait for PostgreSQL.
    this.committed = Promise.all([sent, this.committedBefore]).then(() => this.commit(checkpoint));
    this.committed.catch(this.onFailure);
  }

  /** Resolves when every batch was acknowledged and checkpointed; rejects with the first failure. */
  async drain(): Promise<void> {
    await Promise.all([this.sent, this.committed]);
  }
}
