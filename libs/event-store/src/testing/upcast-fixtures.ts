import { readdirSync, readFileSync } from 'node:fs';
import type { RecordedEvent } from '../envelope.js';

/** A stored payload as an older version wrote it, and what reads must turn it into. */
export interface UpcastFixture {
  readonly file: string;
  readonly description: string;
  readonly stored: RecordedEvent;
  readonly expected: { readonly schemaVersion: number; readonly data: unknown };
}

/** Loads every `*.json` fixture of a directory (positions and revisions are decimal strings there). */
export function loadUpcastFixtures(directory: URL): UpcastFixture[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(new URL(file, directory), 'utf8'));
      const stored = { ...json.stored, streamRevision: BigInt(json.stored.streamRevision), globalPosition: BigInt(json.stored.globalPosition) };
      return { file, description: json.description, stored, expected: json.expected };
    });
}
