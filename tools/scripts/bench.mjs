// `npm run bench [-- <name…>] [--quick]`: runs the benchmarks (each prints its figures beside a
// raw baseline measured in the same run) against the real servers; results go to bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ensureDependencies, log, run, withInfrastructure } from './workspace.mjs';

const BENCHMARKS = {
  'event-store': 'bench/event-store/run.ts',
  relay: 'bench/relay/run.ts',
  audit: 'bench/audit/run.ts',
  projections: 'bench/projections/run.ts',
  // Starts the four services from the build on free ports of their own (the build runs first).
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
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;
// Where the suite's time goes (the issue's budget: the full suite under 15 minutes on a 2-core box).
const durations = {};
const suiteStarted = performance.now();
const loadAtStart = loadavg()[0];
const failed = await withInfrastructure(async (endpoints) => {
  if (selected.some((name) => NEEDS_BUILD.has(name))) {
    log('building the services…');
    const started = performance.now();
    if ((await run('npm', ['run', '--silent', 'build'])) !== 0) return true;
    durations.build = seconds(started);
  }
  for (const name of selected) {
    log(`benchmark ${name}${flags.length ? ` ${flags.join(' ')}` : ''}…`);
    const started = performance.now();
    const code = await run('npx', ['tsx', BENCHMARKS[name], ...flags], endpoints);
    durations[name] = seconds(started);
    log(`benchmark ${name} took ${durations[name]} s`);
    if (code !== 0) return true;
  }
  return false;
});
const total = seconds(suiteStarted);
log(`durations (s): ${Object.entries(durations).map(([name, s]) => `${name} ${s}`).join(', ')}; total ${total} s (${(total / 60).toFixed(1)} min)`);
if (!failed) {
  mkdirSync('bench-results', { recursive: true });
  const summary = { suite: selected, quick: flags.includes('--quick'), durationsSeconds: durations, totalSeconds: total, cpus: cpus().length, loadAverageAtStart: loadAtStart, at: new Date().toISOString() };
  writeFileSync('bench-results/suite.json', `${JSON.stringify(summary, null, 2)}\n`);
}
process.exit(failed ? 1 : 0);
