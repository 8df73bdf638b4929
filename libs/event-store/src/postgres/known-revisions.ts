/**
 * Revisions this process has seen committed, per stream. Streams only grow (there is no delete),
 * so once revision K of a stream was seen, every revision up to K exists for good. An append
 * expecting such a revision can skip the "does the stream reach it?" probe and let the unique
 * constraint alone reject a stream that moved on. The command path reads the stream right before
 * appending, so its appends take this short path. Bounded, least recently used first out.
 */
export class KnownRevisions {
  private readonly revisions = new Map<string, bigint>();

  constructor(private readonly capacity = 10_000) {}

  /** Records that `revision` of the stream exists. */
  observe(stream: string, revision: bigint): void {
    if (this.capacity === 0) return;
    const known = this.revisions.get(stream);
    this.revisions.delete(stream); // re-insert: Map order is the recency order
    this.revisions.set(stream, known !== undefined && known > revision ? known : revision);
    if (this.revisions.size > this.capacity) this.revisions.delete(this.revisions.keys().next().value as string);
  }

  /** True when revision `revision` of the stream is known to exist. */
  covers(stream: string, revision: bigint): boolean {
    const known = this.revisions.get(stream);
    return known !== undefined && known >= revision;
  }
}
