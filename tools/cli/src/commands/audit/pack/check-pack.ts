import { canonicalJson, checkInclusionProof, checkpointSignatureProblem, describeFile, manifestSignatureProblem, PROOF_FORMAT, type PackManifest, type SignedCheckpoint } from '@linli/audit';
import { assertValid, type CloudEvent, type JsonSchema } from '@linli/contracts';
import type { KeyObject } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProvenEvent } from './export-pack.js';
import { parseScope } from './scope.js';
import { cloudEventOf, packViews, recordedOf } from './views.js';

export interface PackCheck {
  readonly ok: boolean;
  readonly events: number;
  readonly publicEvents: number;
  /** Every problem found, the first ones first (capped). */
  readonly problems: readonly string[];
  readonly manifest?: PackManifest;
}

const MAX_PROBLEMS = 20;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const lines = (text: string): unknown[] => text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);

/** The manifest's own integrity: signature, every listed file present with its hash, nothing else. */
function checkFiles(dir: string, manifest: PackManifest, signature: string, publicKey: KeyObject, problems: string[]): void {
  const signed = manifestSignatureProblem(manifest, signature, publicKey);
  if (signed) problems.push(signed);
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const path = join(dir, file.path);
    if (!existsSync(path)) problems.push(`${file.path} is listed in the manifest but missing`);
    else if (describeFile(file.path, readFileSync(path)).sha256 !== file.sha256) problems.push(`${file.path} does not match its hash in the manifest (changed after export)`);
  }
  for (const path of filesUnder(dir).map((p) => relative(dir, p).split('\\').join('/'))) {
    if (path !== 'manifest.json' && path !== 'manifest.sig' && !listed.has(path)) problems.push(`${path} is not listed in the manifest (added after export)`);
  }
}

/** Each public event must be exactly what the relay publishes for a proven stored event, and valid against the pack's schema. */
function checkPublicEvents(dir: string, proven: readonly ProvenEvent[], problems: string[]): number {
  const byId = new Map(proven.map((p) => [p.event.eventId, p]));
  const events = lines(readFileSync(join(dir, 'events.ndjson'), 'utf8')) as CloudEvent[];
  for (const event of events) {
    const source = byId.get(event.id);
    const republished = source ? cloudEventOf(recordedOf(source.event)) : null;
    if (!republished) problems.push(`public event ${event.id} has no proven stored event it was published from`);
    else if (canonicalJson(republished.event) !== canonicalJson(event)) problems.push(`public event ${event.id} differs from what its proven stored event publishes`);
    const schemaPath = join(dir, 'schemas', `${event.type}.json`);
    if (!existsSync(schemaPath)) {
      problems.push(`no schema for ${event.type} in the pack`);
      continue;
    }
    try {
      assertValid(JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema, event.data, 'publish', event.type, 'data');
    } catch (error) {
      problems.push(`public event ${event.id} does not satisfy its schema: ${(error as Error).message}`);
    }
  }
  return events.length;
}

/**
 * Checks an evidence pack offline with the notary's public key: the signed manifest and file
 * hashes, the signed checkpoint, every inclusion proof, every public event against its proven
 * source and its schema, and the CSV views recomputed from the pack's own events.
 */
export async function checkPack(dir: string, publicKey: KeyObject): Promise<PackCheck> {
  const problems: string[] = [];
  let manifest: PackManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PackManifest;
    checkFiles(dir, manifest, readFileSync(join(dir, 'manifest.sig'), 'utf8'), publicKey, problems);
  } catch (error) {
    return { ok: false, events: 0, publicEvents: 0, problems: [`not a readable evidence pack: ${(error as Error).message}`] };
  }
  let proven: ProvenEvent[] = [];
  let publicEvents = 0;
  try {
    const checkpoint = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8')) as SignedCheckpoint;
    const signed = checkpointSignatureProblem(checkpoint, publicKey);
    if (signed) problems.push(signed);
    proven = lines(readFileSync(join(dir, 'proofs.ndjson'), 'utf8')) as ProvenEvent[];
    for (const p of proven) {
      const check = checkInclusionProof({ format: PROOF_FORMAT, event: p.event, leafIndex: p.leafIndex, path: p.path, checkpoint }, publicKey);
      if (!check.valid) problems.push(`proof of event ${p.event?.eventId} at position ${p.event?.globalPosition}: ${check.problem}`);
    }
    publicEvents = checkPublicEvents(dir, proven, problems);
    const views = await packViews(parseScope(manifest.scope), proven.map((p) => recordedOf(p.event)));
    for (const [path, content] of Object.entries(views)) {
      const inPack = join(dir, path);
      if (!existsSync(inPack) || readFileSync(inPack, 'utf8') !== content) problems.push(`${path} does not match the figures recomputed from the pack's events`);
    }
  } catch (error) {
    problems.push(`the pack cannot be read: ${(error as Error).message}`);
  }
  return { ok: problems.length === 0, events: proven.length, publicEvents, problems: problems.slice(0, MAX_PROBLEMS), manifest };
}
