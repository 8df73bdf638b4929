import { EXIT, requireFlag, UsageError, type CliCommand } from '../../command.js';
import { progressTo, publicKey, SIGNING_KEY_HELP, signingKey, withAuditedLog } from './audit-support.js';
import { checkPack } from './pack/check-pack.js';
import { exportPack, PackRefused } from './pack/export-pack.js';
import { parseBound, parseScope } from './pack/scope.js';

/** `linli audit export`: an evidence pack of one community, one dispute or everything. */
export const auditExportCommand: CliCommand = {
  group: 'audit',
  name: 'export',
  summary: 'write a signed, self-verifying evidence pack (events, proofs, schemas, CSV views)',
  usage:
    `--scope community:<id>|dispute:<id>|all --out <new dir> [--from <day|position>] [--to <day|position>] [--key-file <pem>] [--schema linli] [--json]\n` +
    `  --from/--to: business days (YYYY-MM-DD, local, inclusive) or global positions. Only notarized events are packed\n` +
    `  (run \`linli audit notarize\` first). ${SIGNING_KEY_HELP}\n` +
    '  Exit 1: nothing notarized, the log differs from what was notarized, or --out is not empty. Progress on stderr.',
  async run(args, out) {
    const scope = parseScope(requireFlag(args, 'scope'));
    const dir = requireFlag(args, 'out');
    const from = parseBound(args.flags['from'], 'from');
    const to = parseBound(args.flags['to'], 'to');
    const key = signingKey(args);
    return withAuditedLog(
      args,
      out,
      async (log) => {
        const summary = await exportPack({ store: log.store, audit: log.audit, signingKey: key, scope, from, to, out: dir, onProgress: progressTo(out) });
        out.print(
          `evidence pack ${dir}: ${summary.events} events (${summary.publicEvents} public), ${summary.files} files, proofs against tree size ${summary.checkpoint.treeSize} signed by key ${summary.checkpoint.keyId}\nevents after position ${summary.notCoveredAfter} are not notarized yet and not in the pack`,
          summary,
        );
        return EXIT.ok;
      },
      [PackRefused],
    );
  },
};

/** `linli audit check <pack>`: offline verification of an evidence pack. */
export const auditCheckCommand: CliCommand = {
  group: 'audit',
  name: 'check',
  summary: 'verify an evidence pack offline with the public key (manifest, hashes, proofs, schemas, figures)',
  usage: '<pack dir> --public-key <pem> [--json]\n  Exit 0: the pack is intact and every event is proven; 1: any problem (all listed, first ones first).',
  async run(args, out) {
    const dir = args.positional[0];
    if (!dir) throw new UsageError('name the pack folder: <pack dir>');
    requireFlag(args, 'public-key');
    const report = await checkPack(dir, publicKey(args));
    const head = `${report.events} events proven, ${report.publicEvents} public events checked${report.manifest ? ` (scope ${report.manifest.scope}, log ${report.manifest.log})` : ''}`;
    out.print(report.ok ? `OK: ${head}` : `FAILED: ${report.problems.length} problem(s)\n${report.problems.map((p) => `  - ${p}`).join('\n')}\n${head}`, report);
    return report.ok ? EXIT.ok : EXIT.failed;
  },
};
