// `npx tsx libs/contracts/scripts/write-asyncapi.ts [--check]`: regenerates docs/asyncapi.json,
// the whole event catalogue, from the contracts. A jest test fails while the checked-in file is
// out of date; --check only compares (exit 1 when it differs) without writing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_DOCUMENT_URL, catalogueAsyncApi } from '../src/index.js';

const path = fileURLToPath(CATALOGUE_DOCUMENT_URL);
const text = `${JSON.stringify(catalogueAsyncApi(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current !== text) {
    console.error(`${path} is out of date: run npx tsx libs/contracts/scripts/write-asyncapi.ts`);
    process.exitCode = 1;
  }
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
