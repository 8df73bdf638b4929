// `npm test`: dependencies, the servers (started natively unless given), lint, typecheck and
// the whole jest suite (unit + integration against the real servers); stops what it started.
import { ensureDependencies, log, run } from './workspace.mjs';

ensureDependencies();
const infra = await import('../infra/infra.mjs');
const { endpoints, started } = await infra.up();
let failed = false;
try {
  const steps = [
    ['lint', 'npm', ['run', '--silent', 'lint']],
    ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
    ['jest', 'npm', ['run', '--silent', 'jest', '--', ...process.argv.slice(2)]],
  ];
  for (const [name, command, args] of steps) {
    log(`${name}…`);
    const code = await run(command, args, endpoints);
    if (code !== 0) {
      log(`${name} failed (exit ${code})`);
      failed = true;
      break;
    }
  }
} finally {
  if (started.length > 0) {
    log(`stopping what this run started: ${started.join(', ')}`);
    await infra.down({ components: started });
  }
}
process.exit(failed ? 1 : 0);
