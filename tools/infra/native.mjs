// Lifecycle of one locally started server: reuse it when ours and answering, else install, start and wait for it.
import { rmSync } from 'node:fs';
import { isAlive, log, pidFile, redact, seconds, waitUntil, writePid } from './common.mjs';
import { answers, portInUse, probes } from './probes.mjs';

/** Waits until the component's real client gets an answer from endpoint. */
function waitAnswering(comp, endpoint, deadline, pid, what = comp.name) {
  const probe = () => probes[comp.name](endpoint, Math.min(3000, Math.max(500, deadline - Date.now())));
  return waitUntil(probe, { deadline, what, alive: pid ? () => isAlive(pid) : undefined });
}

/**
 * Ensures a native server answers; resolves { endpoint, pid, startedNow }. Errors carry component and
 * logFile. `recorded` is what .linli/run/started.json says about the server infra started last.
 */
export async function ensureNative(comp, { deadline, recorded }) {
  const t0 = Date.now();
  const endpoint = comp.endpoint();
  try {
    let pid = await comp.pid();
    if (pid) {
      // Started earlier with other ports (changed defaults or LINLI_*_PORT): keep using it where it is.
      const earlier = recorded?.pid === pid ? recorded.endpoint : undefined;
      if (earlier && earlier !== endpoint && (await answers(comp.name, earlier))) {
        log(`${comp.name}: already running (pid ${pid}) on ${redact(earlier)}, not on ${redact(endpoint)} as configured now; using it (to move it: npm run infra:down, then npm run infra:up)`);
        return { endpoint: earlier, pid, startedNow: false };
      }
      if (!(await answers(comp.name, endpoint))) {
        log(`${comp.name}: pid ${pid} (started by infra) is not answering yet, waiting …`);
        await comp.heal?.();
        await waitAnswering(comp, endpoint, deadline, pid);
      }
      log(`${comp.name}: already running (pid ${pid}) on ${endpoint}`);
      return { endpoint, pid, startedNow: false };
    }
    if (await portInUse(comp.port())) {
      if (await answers(comp.name, endpoint)) {
        log(`${comp.name}: a server not started by infra already answers on ${endpoint}; using it (and never stopping it)`);
        return { endpoint, pid: null, startedNow: false };
      }
      throw new Error(`port ${comp.port()} is taken by another process that does not answer as ${comp.name}; set ${comp.portEnv} to use another port`);
    }
    await comp.prepare();
    log(`${comp.name}: starting ${comp.describe ? await comp.describe() : comp.name} on ${endpoint} …`);
    pid = await comp.start({ deadline });
    writePid(comp.name, pid);
    await waitAnswering(comp, endpoint, deadline, pid);
    log(`${comp.name}: ready (${seconds(t0)})`);
    return { endpoint, pid, startedNow: true };
  } catch (err) {
    throw Object.assign(err, { component: comp.name, logFile: comp.logFile });
  }
}

/** An external endpoint (named by its environment variable) must answer too before `up` succeeds. */
export async function ensureExternal(comp, endpoint, { deadline }) {
  const t0 = Date.now();
  try {
    if (!endpoint) throw new Error(`LINLI_INFRA=external but ${comp.envVar} is not set`);
    log(`${comp.name}: using ${comp.envVar} (external, not started by infra)`);
    await waitAnswering(comp, endpoint, deadline, null, `${comp.name} at ${redact(endpoint)}`);
    log(`${comp.name}: answering (${seconds(t0)})`);
    return { endpoint, pid: null, startedNow: false };
  } catch (err) {
    throw Object.assign(err, { component: comp.name });
  }
}

/** Stops the component only when infra started it (pid file / postmaster.pid pointing into .linli). */
export async function stopNative(comp) {
  const pid = await comp.pid();
  if (!pid) {
    rmSync(pidFile(comp.name), { force: true });
    return false;
  }
  const t0 = Date.now();
  log(`${comp.name}: stopping pid ${pid} …`);
  await comp.stop(pid);
  rmSync(pidFile(comp.name), { force: true });
  log(`${comp.name}: stopped (${seconds(t0)})`);
  return true;
}
