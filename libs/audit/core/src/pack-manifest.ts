import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { keyIdOf } from './checkpoint.js';

export const PACK_FORMAT = 'linli-audit-evidence-pack/1';

/** One file of an evidence pack, by its path inside the pack. */
export interface PackFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What an evidence pack holds and where it came from; signed as a whole. */
export interface PackManifest {
  readonly format: typeof PACK_FORMAT;
  readonly log: string;
  readonly scope: string;
  readonly range: { readonly from: string | null; readonly to: string | null };
  readonly createdAt: string;
  readonly keyId: string;
  readonly events: number;
  readonly files: readonly PackFile[];
}

export const describeFile = (path: string, content: Buffer): PackFile => ({ path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') });

/** The manifest's signature (base64) by the notary key. */
export const signManifest = (manifest: PackManifest, key: KeyObject): string => sign(null, Buffer.from(canonicalJson(manifest), 'utf8'), key).toString('base64');

/** Null when the signature holds for this public key; otherwise why not. */
export function manifestSignatureProblem(manifest: PackManifest, signature: string, publicKey: KeyObject): string | null {
  if (manifest.keyId !== keyIdOf(publicKey)) return `the manifest was signed by key ${manifest.keyId}, not by ${keyIdOf(publicKey)}`;
  try {
    if (verify(null, Buffer.from(canonicalJson(manifest), 'utf8'), publicKey, Buffer.from(signature.trim(), 'base64'))) return null;
  } catch {
    // fall through: a malformed signature is an invalid one
  }
  return 'the manifest signature is invalid';
}
