// Shared plumbing for tools/infra: the .linli/ layout, logging, child processes and pid files.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };
export const INFRA_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(INFRA_DIR, '../..');
/** The shared cache (built FerretDB, Kafka jars): always the repository's .linli/. */
export const CACHE = join(ROOT, '.linli');
/** Data, logs and pid files: .linli/, or LINLI_STATE_DIR (relative to the repo) for a second, independent set of servers. */
export const LINLI = process.env.LINLI_STATE_DIR ? resolve(ROOT, process.env.LINLI_STATE_DIR) : CACHE;
export const DIRS = { data: join(LINLI, 'data'), logs: join(LINLI, 'logs'), run: join(LINLI, 'run'), bin: join(CACHE, 'bin') };
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
export const envInt = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);

export const log = (msg) => process.stderr.write(`[infra] ${msg}\n`);
export const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
export const ensureDir = (dir) => (mkdirSync(dir, { recursive: true }), dir);
export const sha256 = (...files) => {
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(f));
  return hash.digest('hex');
};
export const readJson = (file, fallback) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback);
export const writeJson = (file, value) => writeFileSync(ensureDir(dirname(file)) && file, `${JSON.stringify(value, null, 2)}\n`);

/** Runs a command to completion; resolves { code, out } (stdout+stderr), rejects with the output when check is on. */
export function run(cmd, args, { cwd = ROOT, env, check = true, input } = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && check) reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${out.trim()}`));
      else resolveRun({ code, out });
    });
  });
}

/** Starts a long-running server detached from us, its output appended to logFile; returns its pid. */
export function spawnDetached(cmd, args, { logFile, env, cwd = ROOT }) {
  ensureDir(dirname(logFile));
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  return child.pid;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** The command line of a live process, or '' (ps works on Linux and macOS alike). */
export async function commandLine(pid) {
  const { code, out } = await run('ps', ['-o', 'command=', '-p', String(pid)], { check: false });
  return code === 0 ? out.trim() : '';
}

/** A pid counts as ours only while it is alive and its command line points into this repo's .linli/. */
export async function ownedPid(pid) {
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await commandLine(pid)).includes(`${LINLI}/`) ? pid : null;
}

export const pidFile = (name) => join(DIRS.run, `${name}.pid`);
export const readPid = (name) => (existsSync(pidFile(name)) ? Number.parseInt(readFileSync(pidFile(name), 'utf8'), 10) : null);
export const writePid = (name, pid) => writeFileSync(ensureDir(DIRS.run) && pidFile(name), `${pid}\n`);

/** SIGTERM, wait up to graceMs, then SIGKILL. Resolves once the process is gone. */
export async function terminate(pid, graceMs = envInt('LINLI_INFRA_STOP_GRACE_MS', 20000)) {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    log(`pid ${pid} ignored SIGTERM for ${graceMs} ms, sending SIGKILL`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
}

/** Polls probe() until it resolves truthy or the deadline passes; the last error is kept for the report. */
export async function waitUntil(probe, { deadline, what, alive = () => true }) {
  let last;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`${what} exited during start-up${last ? ` (last probe: ${last.message})` : ''}`);
    try {
      if (await probe()) return;
    } catch (err) {
      last = err;
    }
    await sleep(250);
  }
  throw new Error(`${what} did not answer before the timeout${last ? ` (last probe: ${last.message})` : ''}`);
}

/** The end of a log file for an error report, preceded by the error lines found near its end. */
export function tail(file, lines = 20) {
  if (!existsSync(file)) return `(no log file at ${file})`;
  const all = readFileSync(file, 'utf8').trimEnd().split('\n');
  const errors = all.slice(-500).filter((l) => /\b(ERROR|FATAL|PANIC)\b|^panic:|^Caused by:/.test(l)).slice(-10);
  const last = all.slice(-lines).join('\n');
  return errors.length > 0 ? `${errors.join('\n')}\n…\n${last}` : last;
}

/** Redacts a password in a URL for printing. */
export const redact = (url) => url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
