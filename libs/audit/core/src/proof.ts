import type { KeyObject } from 'node:crypto';
import { eventLeafHash, type AuditedEvent } from './audited-event.js';
import { checkpointSignatureProblem, type SignedCheckpoint } from './checkpoint.js';
import { rootFromInclusionPath } from './merkle.js';

export const PROOF_FORMAT = 'linli-audit-inclusion-proof/1';

/** Everything an auditor needs, with the notary's public key, to see that one event is in the signed log. */
export interface InclusionProof {
  readonly format: typeof PROOF_FORMAT;
  readonly event: AuditedEvent;
  readonly leafIndex: number;
  /** Sibling hashes bottom up, hex (RFC 6962 audit path). */
  readonly path: readonly string[];
  readonly checkpoint: SignedCheckpoint;
}

export interface ProofCheck {
  readonly valid: boolean;
  /** Why it failed (first reason), when it did. */
  readonly problem?: string;
}

/** Checks a proof offline: the event's leaf, the path to the signed root, and the signature. */
export function checkInclusionProof(proof: InclusionProof, publicKey: KeyObject): ProofCheck {
  if (proof?.format !== PROOF_FORMAT) return { valid: false, problem: `format must be "${PROOF_FORMAT}"` };
  if (!Array.isArray(proof.path) || proof.path.some((h) => typeof h !== 'string' || !/^[0-9a-f]{64}$/.test(h))) return { valid: false, problem: 'path must be a list of 64-digit hex hashes' };
  const signature = checkpointSignatureProblem(proof.checkpoint, publicKey);
  if (signature) return { valid: false, problem: signature };
  let leaf: Buffer;
  try {
    leaf = eventLeafHash(proof.event);
  } catch (error) {
    return { valid: false, problem: `event cannot be encoded: ${(error as Error).message}` };
  }
  const root = rootFromInclusionPath(leaf, proof.leafIndex, proof.checkpoint.treeSize, proof.path.map((h) => Buffer.from(h, 'hex')));
  if (!root) return { valid: false, problem: `leafIndex ${proof.leafIndex} and a path of ${proof.path.length} hashes do not fit a tree of ${proof.checkpoint.treeSize} events` };
  if (root.toString('hex') !== proof.checkpoint.root) return { valid: false, problem: 'the event and path do not lead to the signed root: the event or the proof was altered' };
  if (BigInt(proof.event.globalPosition) > BigInt(proof.checkpoint.position)) return { valid: false, problem: 'the event lies after the checkpoint position' };
  return { valid: true };
}
