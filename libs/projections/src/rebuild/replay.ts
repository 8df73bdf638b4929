import type { ProjectionCatalog, RebuildState } from '../catalog.js';
import type { ProgressMeter, RebuildProgress } from './progress.js';
import type { RebuildOptions } from './rebuild.js';
import type { RebuildWriter } from './rebuild-writer.js';

/** The replay loop: reads ahead one page while the previous one is folded and written. */
export class Replay {
  private lastReport = 0;
  private head = 0n;

  constructor(
    private readonly options: RebuildOptions,
    private readonly catalog: ProjectionCatalog,
    private readonly writer: RebuildWriter<object>,
    private readonly meter: ProgressMeter,
    private readonly state: () => RebuildState,
    private readonly setState: (state: RebuildState) => void,
  ) {}

  /** Replays until a page comes back short (the log is drained); what it changed is written and saved by then. */
  async catchUp(phase: RebuildState['phase']): Promise<void> {
    const pageSize = this.options.pageSize ?? 5_000;
    this.head = await this.options.source.head();
    let next = this.options.source.read(BigInt(this.state().position), pageSize);
    let flushed: Promise<void> = Promise.resolve();
    let lastFlush = Date.now();
    for (;;) {
      if (this.options.signal?.aborted) {
        await flushed.catch(() => undefined);
        throw new Error('rebuild stopped; run it again to resume');
      }
      const page = await next;
      const more = page.read === pageSize;
      if (more) next = this.options.source.read(page.last, pageSize);
      await this.writer.apply(page.events);
      const events = this.meter.count(page.read);
      if (page.last > this.head) this.head = page.last;
      this.setState({ ...this.state(), position: page.last.toString(), head: this.head.toString(), events, updatedAt: new Date(), phase });
      this.progress(phase);
      const due = this.writer.dirtyCount >= (this.options.maxDirty ?? 20_000) || Date.now() - lastFlush >= (this.options.flushEveryMs ?? 10_000);
      if (more && !due) {
        if (this.writer.newCount < (this.options.insertBatch ?? 2_000)) continue;
        await flushed;
        flushed = this.writer.flushNew();
        continue;
      }
      await flushed; // the flush before is done (this one's pages were folded meanwhile): a failure stops here
      const saved = this.state();
      flushed = this.writer.flush(() => this.catalog.saveRebuild(this.options.projection, saved));
      lastFlush = Date.now();
      if (!more) break;
    }
    await flushed;
  }

  report(phase: RebuildProgress['phase']): void {
    const { target, position } = this.state();
    this.options.onProgress?.(this.meter.report({ projection: this.options.projection.name, target, phase }, BigInt(position), this.head));
  }

  private progress(phase: RebuildState['phase']): void {
    const now = Date.now();
    if (now - this.lastReport < (this.options.progressEveryMs ?? 1_000)) return;
    this.lastReport = now;
    this.report(phase === 'switching' ? 'switching' : 'replaying');
  }
}
