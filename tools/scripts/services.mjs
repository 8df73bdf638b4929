// The four services, their default ports and how to start one from the compiled build.
import { spawn } from 'node:child_process';
import { root } from './workspace.mjs';

export const SERVICES = [
  { name: 'organizations', port: 3001 },
  { name: 'disputes', port: 3002 },
  { name: 'property-services', port: 3003 },
  { name: 'ratings', port: 3004 },
];

/** Starts one compiled service as a child process with the given environment. */
export function startService(service, env, stdio = 'inherit') {
  return spawn(process.execPath, ['--enable-source-maps', '--import', './tools/runtime/register.mjs', `dist/apps/${service.name}/src/main.js`], {
    cwd: root,
    stdio,
    // Locally the services trust the dev key pair in .linli/auth/ (`npx linli auth token`) unless AUTH_* names a real
    // issuer, and the per-client/per-IP rate limits are raised so that `npm run demo` can play a year
    // against the stack of `npm start` (set RATE_LIMIT_* to try the production limits).
    env: { ...(process.env.AUTH_ISSUER || process.env.AUTH_MODE ? {} : { AUTH_MODE: 'dev', RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_CLIENT: '1000000' }), ...process.env, ...env },
  });
}

/** Polls /health/ready until it answers 200 or the time runs out. */
export async function waitReady(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
