// Local infrastructure for Linli (PostgreSQL, Kafka, MongoDB protocol): `node tools/infra/infra.mjs up|down|status` and an API.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIRS, LINLI, envInt, log, readJson, redact, tail, writeJson } from './common.mjs';
import kafka from './kafka.mjs';
import mongodb from './mongodb.mjs';
import { ensureExternal, ensureNative, stopNative } from './native.mjs';
import postgres from './postgres.mjs';
import { answers } from './probes.mjs';

export const COMPONENTS = [postgres, kafka, mongodb];
export const ENDPOINTS_FILE = join(LINLI, 'endpoints.json');
export const STARTED_FILE = join(DIRS.run, 'started.json');
const MODES = ['native', 'testcontainers', 'external'];
let containers = null; // LINLI_INFRA=testcontainers: { endpoints, stop } of this process

/** Which way each component is obtained: LINLI_INFRA wins, else external when its variable is set, else native. */
export function plan(env = process.env) {
  const forced = env.LINLI_INFRA || undefined;
  if (forced && !MODES.includes(forced)) throw new Error(`LINLI_INFRA must be one of ${MODES.join('|')}, not "${forced}"`);
  return COMPONENTS.map((comp) => ({ comp, mode: forced ?? (env[comp.envVar] ? 'external' : 'native') }));
}

/** Rewrites .linli/run/started.json from what infra owns right now (a live pid pointing into .linli/). */
async function recordStarted() {
  const previous = readJson(STARTED_FILE, {});
  const record = {};
  for (const comp of COMPONENTS) {
    const pid = await comp.pid();
    if (!pid) continue;
    const same = previous[comp.name]?.pid === pid; // the same process keeps the endpoint it was started on
    record[comp.name] = { pid, endpoint: same ? previous[comp.name].endpoint : comp.endpoint(), logFile: comp.logFile, startedAt: same ? previous[comp.name].startedAt : new Date().toISOString() };
  }
  writeJson(STARTED_FILE, record);
  return record;
}

function report(err) {
  log(`${err.component ?? 'infra'}: FAILED: ${err.message}`);
  if (err.logFile) log(`${err.component}: log file ${err.logFile}; its last lines:\n${tail(err.logFile).replace(/^/gm, '    ')}`);
}

/**
 * Makes all three endpoints answer. Resolves { endpoints, started } where started names the components
 * this call started (pass them to down({ components: started }) to stop just those).
 */
export async function up({ timeoutMs = envInt('LINLI_INFRA_TIMEOUT_MS', 180000) } = {}) {
  const deadline = Date.now() + timeoutMs;
  const steps = plan();
  if (steps[0].mode === 'testcontainers') {
    const { startContainers } = await import('./testcontainers.mjs');
    containers ??= await startContainers().catch((err) => {
      throw Object.assign(err, { component: 'testcontainers' });
    });
    writeJson(ENDPOINTS_FILE, containers.endpoints);
    return { endpoints: containers.endpoints, started: COMPONENTS.map((c) => c.name) };
  }
  const recorded = readJson(STARTED_FILE, {});
  const results = await Promise.allSettled(
    steps.map(({ comp, mode }) => (mode === 'external' ? ensureExternal(comp, process.env[comp.envVar], { deadline }) : ensureNative(comp, { deadline, recorded: recorded[comp.name] }))),
  );
  await recordStarted();
  const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
  if (failures.length > 0) {
    failures.forEach(report);
    throw new Error(`infra up failed: ${failures.map((e) => e.component ?? e.message).join(', ')} (see the log lines above)`);
  }
  const endpoints = Object.fromEntries(steps.map(({ comp }, i) => [comp.envVar, results[i].value.endpoint]));
  writeJson(ENDPOINTS_FILE, endpoints);
  return { endpoints, started: steps.filter((_, i) => results[i].value.startedNow).map(({ comp }) => comp.name) };
}

/** Stops what infra started (all, or just `components` / `only`); `wipe` also deletes their data. */
export async function down({ components, only, wipe = false } = {}) {
  const names = components ?? only ?? COMPONENTS.map((c) => c.name);
  const selected = COMPONENTS.filter((c) => names.includes(c.name));
  if (containers) {
    await containers.stop();
    containers = null;
  }
  const stopped = await Promise.all(selected.map(stopNative));
  await recordStarted();
  if (wipe) {
    for (const comp of selected) comp.dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    if (selected.length === COMPONENTS.length) rmSync(DIRS.data, { recursive: true, force: true });
    log(`wiped data of ${selected.map((c) => c.name).join(', ')}`);
  }
  return { stopped: selected.filter((_, i) => stopped[i]).map((c) => c.name) };
}

/** Each component: how it is obtained, its endpoint, whether it answers, and the pid when infra started it. */
export async function status() {
  const written = readJson(ENDPOINTS_FILE, {});
  const recorded = readJson(STARTED_FILE, {});
  return Promise.all(
    plan().map(async ({ comp, mode }) => {
      const pid = mode === 'native' ? await comp.pid() : null;
      const native = pid && recorded[comp.name]?.pid === pid ? recorded[comp.name].endpoint : comp.endpoint();
      const endpoint = { native, external: process.env[comp.envVar], testcontainers: written[comp.envVar] }[mode];
      return { component: comp.name, mode, envVar: comp.envVar, endpoint: endpoint ?? null, answering: endpoint ? await answers(comp.name, endpoint) : false, startedByInfra: Boolean(pid), pid, logFile: mode === 'native' ? comp.logFile : null };
    }),
  );
}

async function cli([command, ...flags]) {
  const json = flags.includes('--json');
  if (command === 'up') {
    const t0 = Date.now();
    const { endpoints, started } = await up();
    log(`up in ${((Date.now() - t0) / 1000).toFixed(1)} s; started now: ${started.join(', ') || 'nothing'}; endpoints in ${ENDPOINTS_FILE}`);
    if (json) process.stdout.write(`${JSON.stringify(endpoints, null, 2)}\n`);
    if (containers) {
      // Testcontainers' containers die with this process, so `up` stays in the foreground until Ctrl-C.
      log('testcontainers: containers run while this process runs; press Ctrl-C to stop them');
      await new Promise((resolve) => ['SIGINT', 'SIGTERM'].forEach((s) => process.once(s, resolve)));
      await down();
    }
  } else if (command === 'down') {
    const { stopped } = await down({ wipe: flags.includes('--wipe') });
    log(stopped.length ? `stopped ${stopped.join(', ')}` : 'nothing started by infra was running');
  } else if (command === 'status') {
    const rows = await status();
    if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    for (const r of json ? [] : rows) {
      const who = r.startedByInfra ? `started by infra (pid ${r.pid})` : r.mode === 'native' ? 'not running' : `${r.mode}, not started by infra`;
      process.stdout.write(`${r.component.padEnd(9)} ${(r.endpoint ? redact(r.endpoint) : '-').padEnd(48)} ${r.answering ? 'answering' : 'NOT answering'}  ${who}\n`);
    }
  } else {
    process.stderr.write('usage: node tools/infra/infra.mjs up [--json] | down [--wipe] | status [--json]\n');
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).then(
    () => process.exit(process.exitCode ?? 0),
    (err) => {
      if (!err.message.startsWith('infra up failed')) report(err);
      else log(err.message);
      process.exit(1);
    },
  );
}
