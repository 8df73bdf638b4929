// `npm test`: dependencies, the servers (started natively unless given), lint, typecheck and
// the whole jest suite (unit + integration against the real servers); stops what it started.
// Extra arguments go to jest (e.g. `npm test -- libs/event-store`).
import { ensureDependencies, log, run, withInfrastructure } from './workspace.mjs';

ensureDependencies();
const steps = [
  ['lint', ['run', '--silent', 'lint']],
  ['typecheck', ['run', '--silent', 'typecheck']],
  ['jest', ['run', '--silent', 'jest', '--', ...process.argv.slice(2)]],
];
const failed = await withInfrastructure(async (endpoints) => {
  for (const [name, args] of steps) {
    log(`${name}…`);
    const code = await run('npm', args, endpoints);
    if (code !== 0) {
      log(`${name} failed (exit ${code})`);
      return true;
    }
  }
  return false;
});
process.exit(failed ? 1 : 0);
