import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { ProjectionCatalog, type CatalogEntry, type RebuildState } from '../catalog.js';
import { ProjectionHosts } from '../hosts.js';
import { collectionName, ensureIndexes, type Projection } from '../projection.js';
import { ProgressMeter, type RebuildProgress } from './progress.js';
import { RebuildWriter } from './rebuild-writer.js';
import { Replay } from './replay.js';
import type { ReplaySource } from './replay-source.js';
import { switchWhenPaused } from './switch.js';

export interface RebuildOptions {
  readonly projection: Projection<object>;
  readonly connection: Connection;
  readonly source: ReplaySource;
  /** Stored events per read. Default 5000. */
  readonly pageSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Progress is reported at most this often (ms). Default 1000. */
  readonly progressEveryMs?: number;
  /**
   * Changed documents are written (and the progress saved, which a resumed run starts from) when
   * this many are waiting, or `flushEveryMs` after the last write, and at the end. Fewer, larger
   * writes: a document changed by many pages is written once per flush, not once per page.
   * Defaults 20 000 documents and 10 000 ms.
   */
  readonly maxDirty?: number;
  readonly flushEveryMs?: number;
  /** New documents are inserted early once this many wait (no progress saved): writing overlaps reading. Default 2000. */
  readonly insertBatch?: number;
  /** How long live writers get to pause for the switch (ms). Default 30 000. */
  readonly switchTimeoutMs?: number;
  /** Readers may hold the old pointer for a moment: the old collection is dropped this long after the switch (ms). Default 2000. */
  readonly dropAfterMs?: number;
  readonly keepPrevious?: boolean;
  readonly cacheLimit?: number;
  /** Concurrent write calls per flush (see RebuildWriterOptions.writeLanes). Default 4. */
  readonly writeLanes?: number;
  /** Stops the run between pages (a later run resumes). */
  readonly signal?: AbortSignal;
}

export interface RebuildResult {
  readonly projection: string;
  /** Seconds spent replaying (indexes are kept up meanwhile) and switching (pause, last events, pointer). */
  readonly phases: { readonly replaySeconds: number; readonly switchSeconds: number };
  readonly target: string;
  readonly previous: string;
  readonly resumed: boolean;
  readonly events: number;
  readonly position: bigint;
  readonly seconds: number;
}

/**
 * Rebuilds a projection blue/green: replays the source into a new collection while the current
 * one keeps serving, catches up, has the live writers pause, catches up the last events, moves
 * the pointer (one atomic update) and drops the old collection. Progress is saved in the catalog
 * after every page, so a run that stops or crashes is resumed by the next one.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { projection, connection } = options;
  const catalog = new ProjectionCatalog(connection);
  const started = Date.now();
  const entry = await catalog.entry(projection);
  const resumed = entry.rebuild !== undefined;
  let state = entry.rebuild ?? (await begin(catalog, connection, projection, entry, options.source));
  if (entry.switch) await catalog.cancelSwitch(projection.name, entry.switch.attempt); // a crashed run's request
  const writer = new RebuildWriter(projection, connection, state.target, { fresh: !resumed, ...(options.cacheLimit ? { cacheLimit: options.cacheLimit } : {}), ...(options.writeLanes ? { writeLanes: options.writeLanes } : {}) });
  await writer.recover();
  // Indexes first: kept up while the documents are inserted, overlapped with reading the log.
  await ensureIndexes(projection, writer.target);
  const meter = new ProgressMeter(BigInt(state.position), BigInt(state.start ?? '0'));
  const replay = new Replay(options, catalog, writer, meter, () => state, (next) => (state = next));
  await replay.catchUp('replaying');
  const replayed = Date.now();
  const previous = await switchWhenPaused({
    catalog,
    hosts: new ProjectionHosts(connection),
    name: projection.name,
    state: () => state,
    timeoutMs: options.switchTimeoutMs ?? 30_000,
    catchUp: () => replay.catchUp('switching'),
    attempt: randomUUID(),
  });
  replay.report('switched');
  const phases = { replaySeconds: (replayed - started) / 1000, switchSeconds: (Date.now() - replayed) / 1000 };
  await writer.dropJournal();
  if (!options.keepPrevious && previous !== state.target) {
    await new Promise((resolve) => setTimeout(resolve, options.dropAfterMs ?? 2_000));
    await connection.db?.dropCollection(previous).catch(() => undefined);
    await catalog.forgetPrevious(projection.name);
  }
  return { projection: projection.name, phases, target: state.target, previous, resumed, events: meter.count(0), position: BigInt(state.position), seconds: (Date.now() - started) / 1000 };
}

async function begin(catalog: ProjectionCatalog, connection: Connection, projection: Projection<object>, entry: CatalogEntry, source: ReplaySource): Promise<RebuildState> {
  const head = await source.head();
  const first = await source.read(0n, 1);
  const start = first.read > 0 ? first.last - 1n : 0n;
  const generation = entry.generation + 1;
  const target = `${collectionName(projection)}_g${generation}`;
  for (const name of [target, `${target}_journal`]) await connection.db?.dropCollection(name).catch(() => undefined);
  const now = new Date();
  const state: RebuildState = { target, generation, start: start.toString(), position: '0', head: head.toString(), events: 0, startedAt: now, updatedAt: now, phase: 'replaying' };
  await catalog.saveRebuild(projection, state);
  return state;
}
