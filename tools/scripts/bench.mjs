// `npm run bench [-- <name…>] [--quick]`: runs the benchmarks (each prints its figures beside a
// raw baseline measured in the same run) against the real servers; results go to bench-results/.
import { ensureDependencies, log, run, withInfrastructure } from './workspace.mjs';

const BENCHMARKS = {
  'event-store': 'bench/event-store/run.ts',
  relay: 'bench/relay/run.ts',
  audit: 'bench/audit/run.ts',
  projections: 'bench/projections/run.ts',
  // Starts the four services from the build on ports 3101-3104 (the build runs first).
  service: 'bench/service/run.ts',
  // Emmett's PostgreSQL event store side by side with ours (a dev dependency of this benchmark only).
  peer: 'bench/peer/run.ts',
};
/** Benchmarks that run the compiled services. */
const NEEDS_BUILD = new Set(['service']);

ensureDependencies();
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length > 0) {
  log(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const selected = names.length > 0 ? names : Object.keys(BENCHMARKS);
const failed = await withInfrastructure(async (endpoints) => {
  if (selected.some((name) => NEEDS_BUILD.has(name))) {
    log('building the services…');
    if ((await run('npm', ['run', '--silent', 'build'])) !== 0) return true;
  }
  for (const name of selected) {
    log(`benchmark ${name}${flags.length ? ` ${flags.join(' ')}` : ''}…`);
    if ((await run('npx', ['tsx', BENCHMARKS[name], ...flags], endpoints)) !== 0) return true;
  }
  return false;
});
process.exit(failed ? 1 : 0);
