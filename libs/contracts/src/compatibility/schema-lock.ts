import type { Contract } from '../contract.js';
import type { JsonSchema } from '../json-schema.js';
import { breakingChanges } from './breaking-changes.js';

/** The schemas as published, by CloudEvents type (libs/contracts/published-schemas.json). */
export type SchemaLock = Readonly<Record<string, JsonSchema>>;

/** Where the lock lives, next to this library's sources. */
export const SCHEMA_LOCK_URL = new URL('../../published-schemas.json', import.meta.url);

/** What stands between the current contracts and their published schemas. */
export interface LockReport {
  /** Published types whose current schema breaks them, or that disappeared: fix or add a new version. */
  readonly breaking: readonly string[];
  /** Types not published yet: run the lock script to publish them. */
  readonly unlocked: readonly string[];
}

/** Checks every contract against the lock; a locked version may change only compatibly. */
export function checkAgainstLock(lock: SchemaLock, contracts: readonly Contract[]): LockReport {
  const byType = new Map(contracts.map((contract) => [contract.type, contract]));
  const breaking: string[] = [];
  for (const [type, published] of Object.entries(lock)) {
    const contract = byType.get(type);
    if (!contract) {
      breaking.push(`${type}: published but no longer in the catalogue (a published type is never removed or renamed)`);
      continue;
    }
    for (const change of breakingChanges(published, contract.schema)) breaking.push(`${type}: ${change.path} ${change.change}`);
  }
  const unlocked = contracts.filter((contract) => !Object.hasOwn(lock, contract.type)).map((contract) => contract.type);
  return { breaking, unlocked };
}

/** The lock with every contract's current schema, sorted by type; refuses breaking changes. */
export function relock(lock: SchemaLock, contracts: readonly Contract[]): SchemaLock {
  const { breaking } = checkAgainstLock(lock, contracts);
  if (breaking.length > 0) throw new Error(`incompatible schema changes (add a new version instead):\n  ${breaking.join('\n  ')}`);
  const next: Record<string, JsonSchema> = {};
  for (const contract of [...contracts].sort((a, b) => a.type.localeCompare(b.type))) next[contract.type] = contract.schema;
  return next;
}
