import { loadPublicKey, loadSigningKey, PostgresAuditStore, type AuditProgress } from '@linli/audit-postgres';
import type { PostgresEventStore } from '@linli/event-store';
import type { KeyObject } from 'node:crypto';
import { EXIT, UsageError, type Args, type Output } from '../../command.js';
import { duration, openStore, Unavailable } from '../projections-support.js';

export const SIGNING_KEY_HELP = 'The signing key: --key-file <pem>, else LINLI_AUDIT_SIGNING_KEY_FILE (a path) or LINLI_AUDIT_SIGNING_KEY (the PEM itself).';

/** The bare event store (stored, encrypted form: what the notary hashes) and the notary's tables. */
export interface AuditedLog {
  readonly store: PostgresEventStore;
  readonly audit: PostgresAuditStore;
  close(): Promise<void>;
}

export async function openAuditedLog(args: Args): Promise<AuditedLog> {
  const store = await openStore(args);
  try {
    const audit = await PostgresAuditStore.open(store.pool, store.tables.schema);
    return { store, audit, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}

type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Opens the audited log, runs `work` on it and closes it. A database that does not answer is told
 * to the user (EXIT.unavailable); an error of one of the `refusals` classes (the command declining,
 * e.g. another notary holds the log) is told too (EXIT.failed); anything else propagates.
 */
export async function withAuditedLog(args: Args, out: Output, work: (log: AuditedLog) => Promise<ExitCode>, refusals: readonly (abstract new (...args: never[]) => Error)[] = []): Promise<ExitCode> {
  let log: AuditedLog;
  try {
    log = await openAuditedLog(args);
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error;
    out.error(error.message);
    return EXIT.unavailable;
  }
  try {
    return await work(log);
  } catch (error) {
    if (!refusals.some((refusal) => error instanceof refusal)) throw error;
    out.error((error as Error).message);
    return EXIT.failed;
  } finally {
    await log.close();
  }
}

export function signingKey(args: Args): KeyObject {
  const flag = args.flags['key-file'];
  if (flag === true) throw new UsageError('--key-file needs a path');
  if (typeof flag === 'string') return loadSigningKey({ file: flag }, '--key-file');
  const file = process.env['LINLI_AUDIT_SIGNING_KEY_FILE'];
  if (file) return loadSigningKey({ file }, 'LINLI_AUDIT_SIGNING_KEY_FILE');
  const pem = process.env['LINLI_AUDIT_SIGNING_KEY'];
  if (pem) return loadSigningKey({ pem }, 'LINLI_AUDIT_SIGNING_KEY');
  throw new UsageError(`no signing key. ${SIGNING_KEY_HELP}`);
}

/** The notary's public key: --public-key <pem>, else the public half of the configured signing key. */
export function publicKey(args: Args): KeyObject {
  const flag = args.flags['public-key'];
  if (flag === true) throw new UsageError('--public-key needs a path');
  if (typeof flag === 'string') return loadPublicKey(flag);
  try {
    return signingKey(args);
  } catch {
    throw new UsageError('--public-key <pem file> is required (or a configured signing key, whose public half is used)');
  }
}

/** An optional position flag: a whole number. */
export function positionFlag(args: Args, name: string): bigint | undefined {
  const value = args.flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,40}$/.test(value)) throw new UsageError(`--${name} must be a global position (a whole number ≥ 0)`);
  return BigInt(value);
}

export function wholeNumberFlag(args: Args, name: string, fallback: number, max = 10_000_000): number {
  const value = args.flags[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value) || Number(value) > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return Number(value);
}

export function progressLine(p: AuditProgress): string {
  return `${p.phase}: position ${p.position}/${p.head}  ${Math.round(p.eventsPerSecond).toLocaleString('en')} events/s  ${p.events.toLocaleString('en')} events  ETA ${duration(p.etaSeconds)}`;
}

/** Progress lines go to stderr, so stdout stays the result (one JSON document with --json). */
export const progressTo = (out: Output) => (p: AuditProgress) => out.error(progressLine(p));
