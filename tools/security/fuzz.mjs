#!/usr/bin/env node
// OpenAPI-driven fuzzing of the services with schemathesis (PyPI), installed on first use into a
// git-ignored virtualenv under .linli/. Every operation is called with a valid dev token; the run
// fails on any 5xx and on responses that do not match the documented schemas.
//
//   node tools/security/fuzz.mjs [--max-examples 100] [--url http://127.0.0.1:3002 …] [--token <jwt>]
//
// Without --url it fuzzes the four services of `npm start` (ports 3001–3004), which trust the dev key.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCHEMATHESIS_VERSION = '4.32.5';
const venv = join(root, '.linli', 'venv-fuzz');
export const schemathesisBin = join(venv, 'bin', 'schemathesis');
/** What a response is checked for: no 5xx, and bodies and content types as documented. */
export const CHECKS = 'not_a_server_error,content_type_conformance,response_schema_conformance';

const installLock = join(root, '.linli', 'venv-fuzz.lock');
const installed = () => {
  const version = spawnSync(schemathesisBin, ['--version'], { encoding: 'utf8' });
  return version.status === 0 && version.stdout.includes(SCHEMATHESIS_VERSION);
};
const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Creates the virtualenv and installs the pinned schemathesis unless it is there already. The fuzz
 * suites of the four services run in parallel jest workers: one installs (holding a lock
 * directory), the others wait for it instead of running pip into the same virtualenv at once.
 */
export function ensureSchemathesis() {
  for (;;) {
    if (installed()) return schemathesisBin;
    try {
      mkdirSync(installLock, { recursive: false });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than ten minutes belongs to an install that died: take it over.
      if (Date.now() - statSync(installLock, { throwIfNoEntry: false })?.mtimeMs > 600_000) rmSync(installLock, { recursive: true, force: true });
      else sleepSync(1_000);
    }
  }
  try {
    if (installed()) return schemathesisBin;
    if (!existsSync(venv)) run('python3', ['-m', 'venv', venv]);
    run(join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]);
    return schemathesisBin;
  } finally {
    rmSync(installLock, { recursive: true, force: true });
  }
}

/** The schemathesis arguments of one run against one service. */
export function fuzzArguments(baseUrl, token, { maxExamples = 100, maxTime = 600, seed = 42, phases = 'examples,coverage,fuzzing,stateful' } = {}) {
  return ['run', '--phases', phases, `${baseUrl}/docs-json`, '--url', baseUrl, '-H', `Authorization: Bearer ${token}`, '--checks', CHECKS, '--max-examples', String(maxExamples), '--max-time', String(maxTime), '--seed', String(seed), '--workers', '1', '--request-timeout', '30', '--exclude-path-regex', '^/(health|metrics|docs)'];
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? `signal ${result.signal}`}`);
}

async function main(argv) {
  const flags = { urls: [], maxExamples: 100, token: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') flags.urls.push(argv[++i]);
    else if (argv[i] === '--max-examples') flags.maxExamples = Number(argv[++i]);
    else if (argv[i] === '--token') flags.token = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const urls = flags.urls.length > 0 ? flags.urls : [3001, 3002, 3003, 3004].map((port) => `http://127.0.0.1:${port}`);
  const token = flags.token ?? spawnSync(process.execPath, [join(root, 'tools/cli/linli.mjs'), 'auth', 'token', '--role', 'county_admin', '--sub', 'fuzz'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const bin = ensureSchemathesis();
  let failed = 0;
  for (const url of urls) {
    // A fuzz run sends many requests: more than a client may send at the default rate.
    const result = spawnSync(bin, fuzzArguments(url, token, { maxExamples: flags.maxExamples }), { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
