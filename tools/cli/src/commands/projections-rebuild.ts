import { eventStoreReplay, rebuildProjection, type RebuildProgress } from '@linli/projections';
import { REPLAY_FILTER, replayedEvent } from '@linli/ratings-read-models';
import { EXIT, UsageError, type CliCommand, type Output } from '../command.js';
import { duration, openMongo, openStore, projectionNamed, Unavailable } from './projections-support.js';

function progressLine(p: RebuildProgress): string {
  const percent = (p.ratio * 100).toFixed(1).padStart(5);
  return `${p.projection}: ${p.phase.padEnd(9)} ${percent}%  position ${p.position}/${p.head}  ${Math.round(p.eventsPerSecond).toLocaleString('en')} events/s  ${p.events.toLocaleString('en')} events  ETA ${duration(p.etaSeconds)}`;
}

/** Progress goes to stdout as text; with --json to stderr, so stdout stays one JSON document. */
const report = (out: Output) => (p: RebuildProgress) => (out.json ? out.error(progressLine(p)) : out.print(progressLine(p), null));

function positiveInteger(value: string | true | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[1-9]\d{0,6}$/.test(value)) throw new UsageError(`--${flag} must be a whole number ≥ 1`);
  return Number(value);
}

/**
 * `linli projections rebuild <name>`: replays the event store into a new collection of the
 * projection while the current one serves, switches reads when caught up (the live writers pause
 * for that moment) and drops the old collection. Resumes a rebuild that stopped. Exits 0 once switched.
 */
export const projectionsRebuildCommand: CliCommand = {
  group: 'projections',
  name: 'rebuild',
  summary: 'rebuild a projection blue/green from the event store (resumable), then switch reads to it',
  usage: '<name> [--page-size 5000] [--keep-previous] [--prefix ratings] [--schema linli] [--json]\n  Progress lines show the phase, position/head, events/s and the ETA (on stderr with --json, which prints the result).',
  async run(args, out) {
    const projection = projectionNamed(args, args.positional[0]);
    const pageSize = positiveInteger(args.flags['page-size'], 'page-size', 5_000);
    let last: RebuildProgress | undefined;
    let connection;
    let store;
    try {
      connection = await openMongo();
      store = await openStore(args);
    } catch (error) {
      await connection?.close();
      if (!(error instanceof Unavailable)) throw error;
      out.error(error.message);
      return EXIT.unavailable;
    }
    try {
      const result = await rebuildProjection({
        projection,
        connection,
        source: eventStoreReplay(store, replayedEvent, REPLAY_FILTER),
        pageSize,
        keepPrevious: args.flags['keep-previous'] === true,
        onProgress: (progress) => report(out)((last = progress)),
      });
      const summary = `${result.projection}: switched to ${result.target} (${result.resumed ? 'resumed, ' : ''}${result.events.toLocaleString('en')} events read in ${duration(result.seconds)}); previous ${result.previous}${args.flags['keep-previous'] === true ? ' kept' : ' dropped'}`;
      const eventsPerSecond = last ? Math.round(last.eventsPerSecond) : null;
      out.print(summary, { ...result, position: result.position.toString(), eventsPerSecond, switched: true });
      return EXIT.ok;
    } finally {
      await store.close();
      await connection.close();
    }
  },
};
