import { verifyHistory, type VerifyReport } from '@linli/audit-postgres';
import { EXIT, type CliCommand } from '../../command.js';
import { duration } from '../projections-support.js';
import { positionFlag, progressTo, publicKey, wholeNumberFlag, withAuditedLog } from './audit-support.js';

function describe(r: VerifyReport): string {
  const head = `${r.events.toLocaleString('en')} events re-read in ${duration(r.seconds)} (${Math.round(r.eventsPerSecond).toLocaleString('en')} events/s), positions ${r.afterPosition} < p ≤ ${r.throughPosition}`;
  const uncovered = r.uncoveredAfter ? `\nnote: events after position ${r.uncoveredAfter} are not notarized yet` : '';
  if (r.problem) return `FAILED: ${r.problem}`;
  if (r.broken) return `FAILED at position ${r.broken.position} (leaf ${r.broken.leafIndex}): ${r.broken.reason}\n${head}${uncovered}`;
  return `OK: ${r.checkpoints} signed checkpoints reproduced; ${head}${uncovered}`;
}

/** `linli audit verify`: re-reads the log and checks it against the signed checkpoints. */
export const auditVerifyCommand: CliCommand = {
  group: 'audit',
  name: 'verify',
  summary: 'check the stored log against the signed checkpoints; names the first changed position',
  usage:
    '[--from <position>] [--to <position>] [--public-key <pem>] [--page-size 5000] [--schema linli] [--json]\n' +
    '  Without --public-key the public half of the configured signing key is used.\n' +
    '  Exit 0: every covered event in the range matches; 1: a change (data, metadata, type, order, deletion,\n' +
    '  insertion), a bad signature or no checkpoint; 3: PostgreSQL unreachable. Progress lines go to stderr.',
  async run(args, out) {
    const key = publicKey(args);
    const from = positionFlag(args, 'from');
    const to = positionFlag(args, 'to');
    const pageSize = wholeNumberFlag(args, 'page-size', 5_000, 100_000);
    return withAuditedLog(args, out, async (log) => {
      const report = await verifyHistory({ store: log.store, audit: log.audit, publicKey: key, from, to, pageSize, onProgress: progressTo(out) });
      out.print(describe(report), { ...report, eventsPerSecond: Math.round(report.eventsPerSecond) });
      return report.ok ? EXIT.ok : EXIT.failed;
    });
  },
};
