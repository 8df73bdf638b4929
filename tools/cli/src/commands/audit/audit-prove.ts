import { checkInclusionProof, type InclusionProof } from '@linli/audit';
import { proveEvent, ProofUnavailable } from '@linli/audit-postgres';
import { readFileSync, writeFileSync } from 'node:fs';
import { EXIT, requireFlag, UsageError, type CliCommand } from '../../command.js';
import { publicKey, withAuditedLog } from './audit-support.js';

/** `linli audit prove <eventId>`: an inclusion proof against the newest signed checkpoint. */
export const auditProveCommand: CliCommand = {
  group: 'audit',
  name: 'prove',
  summary: 'write an inclusion proof of one event that auditors check offline with the public key',
  usage: '<eventId> [--out <file>] [--schema linli] [--json]\n  Writes the proof JSON to --out (or prints it). Exit 1 when the event is not covered or no longer matches.',
  async run(args, out) {
    const eventId = args.positional[0];
    if (!eventId) throw new UsageError('name the event: <eventId>');
    return withAuditedLog(
      args,
      out,
      async (log) => {
        const proof = await proveEvent(log.store, log.audit, eventId);
        const file = typeof args.flags['out'] === 'string' ? args.flags['out'] : undefined;
        if (file) writeFileSync(file, `${JSON.stringify(proof, null, 2)}\n`);
        const summary = `event ${eventId} at position ${proof.event.globalPosition} is leaf ${proof.leafIndex} of the tree of ${proof.checkpoint.treeSize} signed by key ${proof.checkpoint.keyId}`;
        out.print(file ? `${summary}\nproof written to ${file}` : JSON.stringify(proof, null, 2), file ? { file, leafIndex: proof.leafIndex, checkpoint: proof.checkpoint } : proof);
        return EXIT.ok;
      },
      [ProofUnavailable],
    );
  },
};

/** `linli audit check-proof <file>`: offline; needs only the proof and the public key. */
export const auditCheckProofCommand: CliCommand = {
  group: 'audit',
  name: 'check-proof',
  summary: 'check an inclusion proof offline with the public key (no database needed)',
  usage: '<proof.json> --public-key <pem> [--json]\n  Exit 0: the event is in the signed log; 1: the proof does not hold.',
  async run(args, out) {
    const file = args.positional[0];
    if (!file) throw new UsageError('name the proof file: <proof.json>');
    requireFlag(args, 'public-key');
    const key = publicKey(args);
    let proof: InclusionProof;
    try {
      proof = JSON.parse(readFileSync(file, 'utf8')) as InclusionProof;
    } catch (error) {
      out.error(`${file} is not a readable JSON proof: ${(error as Error).message}`);
      return EXIT.failed;
    }
    const check = checkInclusionProof(proof, key);
    const what = `event ${proof.event?.eventId} at position ${proof.event?.globalPosition}`;
    out.print(check.valid ? `VALID: ${what} is leaf ${proof.leafIndex} of the log "${proof.checkpoint.log}" signed at ${proof.checkpoint.time} (tree size ${proof.checkpoint.treeSize})` : `INVALID: ${check.problem}`, { ...check, eventId: proof.event?.eventId, position: proof.event?.globalPosition });
    return check.valid ? EXIT.ok : EXIT.failed;
  },
};
