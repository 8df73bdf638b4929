import { describeFile, eventLeafHash, keyIdOf, MerkleTree, PACK_FORMAT, signManifest, toAuditedEvent, type AuditedEvent, type PackManifest, type SignedCheckpoint } from '@linli/audit';
import { ProgressMeter, publicKeyPem, type AuditProgress, type PostgresAuditStore } from '@linli/audit-postgres';
import type { EventStore } from '@linli/event-store';
import type { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { boundText, inRange, ScopeTracker, scopeName, type Bound, type Scope } from './scope.js';
import { cloudEventOf, packViews, recordedOf } from './views.js';

/** Why no pack can be made (exit 1): nothing notarized, or the log no longer matches. */
export class PackRefused extends Error {}

/** One proven event line of proofs.ndjson (the checkpoint is checkpoint.json). */
export interface ProvenEvent {
  readonly event: AuditedEvent;
  readonly leafIndex: number;
  readonly path: readonly string[];
}

export interface ExportOptions {
  readonly store: EventStore;
  readonly audit: PostgresAuditStore;
  readonly signingKey: KeyObject;
  readonly scope: Scope;
  readonly from?: Bound;
  readonly to?: Bound;
  readonly out: string;
  readonly pageSize?: number;
  readonly onProgress?: (progress: AuditProgress) => void;
}

export interface ExportSummary {
  readonly out: string;
  readonly events: number;
  readonly publicEvents: number;
  readonly checkpoint: SignedCheckpoint;
  readonly files: number;
  /** Events after the newest checkpoint are not in the pack: they are not notarized yet. */
  readonly notCoveredAfter: string;
}

/** Reads the notarized log once, checking every event against the notary's leaves, and keeps those in scope and range. */
async function provenEvents(options: ExportOptions, checkpoint: SignedCheckpoint, tree: MerkleTree, leaves: readonly Buffer[]): Promise<ProvenEvent[]> {
  const tracker = new ScopeTracker(options.scope);
  const meter = new ProgressMeter('export', 0n, BigInt(checkpoint.position));
  const proven: ProvenEvent[] = [];
  let [index, position] = [0, 0n];
  while (index < checkpoint.treeSize) {
    const page = await options.store.readAll({ fromPosition: position, limit: options.pageSize ?? 5_000 });
    if (page.length === 0) throw new PackRefused(`the log ends after ${index} events but the checkpoint covers ${checkpoint.treeSize}; run \`linli audit verify\``);
    for (const stored of page) {
      if (index >= checkpoint.treeSize) break;
      const audited = toAuditedEvent(stored);
      if (!eventLeafHash(audited).equals(leaves[index] as Buffer)) throw new PackRefused(`the event at position ${audited.globalPosition} differs from what was notarized; run \`linli audit verify\``);
      if (tracker.includes(stored) && inRange(stored, options.from, options.to)) proven.push({ event: audited, leafIndex: index, path: tree.path(index).map((h) => h.toString('hex')) });
      index++;
      meter.events++;
    }
    position = (page[page.length - 1] as (typeof page)[number]).globalPosition;
    options.onProgress?.(meter.at(position));
  }
  return proven;
}

const ndjson = (lines: readonly unknown[]): string => lines.map((line) => JSON.stringify(line)).join('\n') + (lines.length ? '\n' : '');

/**
 * Writes an evidence pack: the events in scope as CloudEvents (NDJSON), their stored form with
 * inclusion proofs against one signed checkpoint, the JSON Schemas of their public types, CSV
 * views recomputable from the pack, the public key, and a manifest of file hashes signed by the notary key.
 */
export async function exportPack(options: ExportOptions): Promise<ExportSummary> {
  if (existsSync(options.out) && readdirSync(options.out).length > 0) throw new PackRefused(`${options.out} is not empty; choose a new --out folder`);
  const latest = await options.audit.latest();
  if (!latest) throw new PackRefused(`log "${options.audit.schema}" has no signed checkpoint yet: run \`linli audit notarize\``);
  const checkpoint = latest.checkpoint;
  const leaves = await options.audit.leafHashes(checkpoint.treeSize);
  const tree = new MerkleTree(leaves);
  if (tree.root().toString('hex') !== checkpoint.root) throw new PackRefused("the notary's leaf records do not reproduce the signed root; run `linli audit verify`");
  const proven = await provenEvents(options, checkpoint, tree, leaves);
  const stored = proven.map((p) => recordedOf(p.event));
  const published = stored.map(cloudEventOf).filter((e) => e !== null);
  const files: Record<string, string> = {
    'checkpoint.json': `${JSON.stringify(checkpoint, null, 2)}\n`,
    'proofs.ndjson': ndjson(proven),
    'events.ndjson': ndjson(published.map((p) => p.event)),
    'public-key.pem': publicKeyPem(options.signingKey),
    ...Object.fromEntries(published.map((p) => [`schemas/${p.contract.type}.json`, `${JSON.stringify(p.contract.schema, null, 2)}\n`])),
    ...(await packViews(options.scope, stored)),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(options.out, path)), { recursive: true });
    writeFileSync(join(options.out, path), content);
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    log: options.audit.schema,
    scope: scopeName(options.scope),
    range: { from: boundText(options.from), to: boundText(options.to) },
    createdAt: new Date().toISOString(),
    keyId: keyIdOf(options.signingKey),
    events: proven.length,
    files: Object.entries(files).map(([path, content]) => describeFile(path, Buffer.from(content))).sort((a, b) => a.path.localeCompare(b.path)),
  };
  writeFileSync(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(options.out, 'manifest.sig'), `${signManifest(manifest, options.signingKey)}\n`);
  return { out: options.out, events: proven.length, publicEvents: published.length, checkpoint, files: manifest.files.length + 2, notCoveredAfter: checkpoint.position };
}
