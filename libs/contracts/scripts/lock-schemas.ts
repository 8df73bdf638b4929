// `npx tsx libs/contracts/scripts/lock-schemas.ts [--check]`: publishes the current contract
// schemas into libs/contracts/published-schemas.json, the lock `npm test` compares against.
// Refuses (exit 1) when a published schema would change incompatibly: add a new version (v2)
// beside it instead. With --check it only reports (exit 1 on breaking or unpublished contracts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue, checkAgainstLock, relock, SCHEMA_LOCK_URL, type SchemaLock } from '../src/index.js';

const path = fileURLToPath(SCHEMA_LOCK_URL);
const lock: SchemaLock = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};

if (process.argv.includes('--check')) {
  const { breaking, unlocked } = checkAgainstLock(lock, catalogue);
  for (const line of breaking) console.error(`breaking: ${line}`);
  for (const type of unlocked) console.error(`not published yet: ${type}`);
  process.exitCode = breaking.length + unlocked.length > 0 ? 1 : 0;
} else {
  try {
    const next = relock(lock, catalogue);
    writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`locked ${Object.keys(next).length} schemas in ${path}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
