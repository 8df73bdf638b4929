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
// The short fault-injection suite (tools/chaos, on its own servers and ports), on full runs only;
// LINLI_CHAOS=off leaves it out.
if (process.argv.length <= 2 && process.env.LINLI_CHAOS !== 'off') steps.push(['chaos (short)', ['run', '--silent', 'chaos', '--', '--short']]);
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
