// `npm start`: dependencies, the servers, a build, then the four services until Ctrl-C.
import { ensureDependencies, log, run } from './workspace.mjs';
import { SERVICES, startService, waitReady } from './services.mjs';

ensureDependencies();
const infra = await import('../infra/infra.mjs');
const { endpoints } = await infra.up();
log('building…');
if ((await run('npm', ['run', '--silent', 'build'])) !== 0) process.exit(1);

const children = SERVICES.map((service) => startService(service, { ...endpoints, PORT: String(service.port) }));
let stopping = false;
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      log(`a service exited (code ${code}); stopping the others`);
      shutdown(1);
    }
  });
}

function shutdown(code) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve))))).then(() => {
    log('services stopped; the servers keep running (npm run infra:down stops them)');
    process.exit(code);
  });
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const ready = await Promise.all(SERVICES.map((service) => waitReady(service.port, 180_000)));
for (const [index, service] of SERVICES.entries()) {
  const base = `http://127.0.0.1:${service.port}`;
  log(`${service.name.padEnd(18)} ${ready[index] ? 'ready' : 'NOT READY'}  ${base}/docs  ${base}/health/ready`);
}
log('Ctrl-C stops the services');
