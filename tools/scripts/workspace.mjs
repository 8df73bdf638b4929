// Helpers shared by the npm start/test/bench wrappers: they run with node alone, before
// node_modules exists, so they may only use node's own modules.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Installs dependencies with `npm ci` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = `${root}/node_modules/.package-lock.json`;
  const fresh = existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${root}/package-lock.json`).mtimeMs;
  if (fresh) return;
  log('installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed');
}

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function log(message) {
  process.stderr.write(`[linli] ${message}\n`);
}

/** Runs `work(endpoints)` with the servers up, then stops only what this call started. */
export async function withInfrastructure(work) {
  const infra = await import('../infra/infra.mjs');
  const { endpoints, started } = await infra.up();
  try {
    return await work(endpoints);
  } finally {
    if (started.length > 0) {
      log(`stopping what this run started: ${started.join(', ')}`);
      await infra.down({ components: started });
    }
  }
}
