import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical.js';

const CHECKPOINT_FORMAT = 'linli-audit-checkpoint/1';

/** What the notary vouches for: the first `treeSize` events of the log, up to `position`, hash to `root`. */
export interface CheckpointStatement {
  /** Which log (the event store schema, e.g. `linli`). */
  readonly log: string;
  readonly treeSize: number;
  /** Global position of the last covered event ("0" for an empty tree). */
  readonly position: string;
  /** Merkle root, hex. */
  readonly root: string;
  /** When the notary signed (ISO-8601). */
  readonly time: string;
  /** Which key signed: see keyIdOf. */
  readonly keyId: string;
}

export interface SignedCheckpoint extends CheckpointStatement {
  /** Ed25519 signature over checkpointPayload, base64. */
  readonly signature: string;
}

/** The exact bytes that are signed. */
export const checkpointPayload = (c: CheckpointStatement): Buffer =>
  Buffer.from(canonicalJson({ format: CHECKPOINT_FORMAT, log: c.log, treeSize: c.treeSize, position: c.position, root: c.root, time: c.time, keyId: c.keyId }), 'utf8');

/** A short, stable name for a key pair: the first 16 hex digits of SHA-256 over the public key's SPKI DER form. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function signCheckpoint(statement: CheckpointStatement, privateKey: KeyObject): SignedCheckpoint {
  return { ...statement, signature: sign(null, checkpointPayload(statement), privateKey).toString('base64') };
}

/** Null when the signature holds for this public key; otherwise why not. */
export function checkpointSignatureProblem(checkpoint: SignedCheckpoint, publicKey: KeyObject): string | null {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return `checkpoint at tree size ${checkpoint.treeSize} was signed by key ${checkpoint.keyId}, not by ${keyIdOf(publicKey)}`;
  let valid = false;
  try {
    valid = verify(null, checkpointPayload(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? null : `checkpoint at tree size ${checkpoint.treeSize} has an invalid signature`;
}
