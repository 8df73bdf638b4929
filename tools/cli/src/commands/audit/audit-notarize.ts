import { followNotary, notarize, NotaryBusy, type NotarizeResult } from '@linli/audit-postgres';
import { EXIT, type CliCommand, type Output } from '../../command.js';
import { progressTo, SIGNING_KEY_HELP, signingKey, wholeNumberFlag, withAuditedLog } from './audit-support.js';

function describe(result: NotarizeResult): string {
  const c = result.checkpoint;
  if (!c) return 'the log is empty: nothing to notarize';
  const rate = result.events ? ` (${Math.round(result.eventsPerSecond).toLocaleString('en')} events/s)` : '';
  return `${result.events.toLocaleString('en')} new events covered${rate}, ${result.signed} checkpoints signed; newest: tree size ${c.treeSize}, position ${c.position}, root ${c.root}, key ${c.keyId}`;
}

const machine = (result: NotarizeResult) => ({ events: result.events, signed: result.signed, eventsPerSecond: Math.round(result.eventsPerSecond), checkpoint: result.checkpoint });

/** Stops --follow on SIGINT/SIGTERM after the pass in progress. */
function untilSignalled(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { signal: controller.signal, dispose: () => (process.off('SIGINT', stop), process.off('SIGTERM', stop)) };
}

async function follow(options: Parameters<typeof notarize>[0], intervalMs: number, out: Output): Promise<void> {
  const { signal, dispose } = untilSignalled();
  try {
    await followNotary({ ...options, intervalMs, signal, onPass: (result) => result.signed > 0 && out.print(describe(result), machine(result)) });
  } finally {
    dispose();
  }
}

/**
 * `linli audit notarize`: covers the log with the Merkle tree and signs checkpoints (one per page
 * while catching up); `--follow` keeps going, a pass every --interval seconds, until SIGINT/SIGTERM.
 */
export const auditNotarizeCommand: CliCommand = {
  group: 'audit',
  name: 'notarize',
  summary: 'cover new events of the log with signed checkpoints (once, or --follow)',
  usage: `[--follow [--interval 5]] [--page-size 5000] [--key-file <pem>] [--schema linli] [--json]\n  ${SIGNING_KEY_HELP}\n  Progress lines (position, events/s, ETA) go to stderr. Exit 1 when another notary holds the log.`,
  async run(args, out) {
    const key = signingKey(args);
    const pageSize = wholeNumberFlag(args, 'page-size', 5_000, 100_000);
    const intervalMs = wholeNumberFlag(args, 'interval', 5, 3_600) * 1000;
    return withAuditedLog(
      args,
      out,
      async (log) => {
        const options = { store: log.store, audit: log.audit, signingKey: key, pageSize, onProgress: progressTo(out) };
        if (args.flags['follow'] === true) await follow(options, intervalMs, out);
        else {
          const result = await notarize(options);
          out.print(describe(result), machine(result));
        }
        return EXIT.ok;
      },
      [NotaryBusy],
    );
  },
};
