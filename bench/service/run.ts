// `npm run bench -- service [--quick]`: the whole path through the services.
// - HTTP command throughput of the disputes service (report a dispute: validation, command
//   handler, append) vs a bare Fastify handler doing the same class-validator validation, rounds
//   alternating in the same run;
// - command → read model latency, open loop at a fixed rate: a dispute reported to the disputes
//   service until the ratings read models have applied it (relay, Kafka, projection), as the ratings
//   API's read-your-writes tells (GET /rubrics?minPosition=<the command's position> answers 200, one long-polling watcher);
// - RSS of each service idle and under that load.
// `--breakdown`: the latency run alone with tracing on, and the median of each stage of the path
// (see breakdown.ts); its figures go to bench-results/service-breakdown.json, not service.json.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from '@linli/seed-kit';
import { closedLoop, openLoop, percentiles, type OpenLoopResult } from './load.js';
import { breakdown, SpanReceiver, type CommandTimes } from './breakdown.js';
import { startStack } from './stack.js';
import { VisibilityWatcher } from './visibility.js';

const quick = process.argv.includes('--quick');
const tracing = process.argv.includes('--breakdown');
const SIZES = quick ? { clients: 8, seconds: 2, rounds: 1, rate: 5, latencySeconds: 3 } : { clients: 32, seconds: 8, rounds: 3, rate: 20, latencySeconds: 30 };
const TARGETS = { p50: 25, p99: 150 };
const suffix = randomUUID().slice(0, 8);
const reporter = { id: 'bench-reporter', role: 'branch_secretary' };
/** Reads the ratings read models: an auditor reads everything. */
const reader = { id: 'bench-reader', role: 'auditor' };
const VISIBLE_TIMEOUT_MS = 30_000;

const report = (n: number, communityId: string) => ({
  disputeId: randomUUID(),
  communityId,
  category: 'square_dancing_noise',
  description: 'square dancing after 22:00 beside building 3',
  urgency: 'normal',
  channel: 'resident',
  parties: [{ subjectId: `bench-subject-${suffix}-${n}`, role: 'reporter', name: '张三', phone: '13800000000', room: '3-201' }],
});

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/service/bare-server.ts'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: '0' } });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the bare Fastify server exited (${code})`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const load = loadavg()[0]?.toFixed(2);
  const receiver = tracing ? await SpanReceiver.start() : undefined;
  const stack = await startStack(suffix, receiver?.env());
  const bare = await startBare();
  try {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idle = await stack.rss();
    const disputes = stack.urls['disputes'] as string;
    const ratings = stack.urls['ratings'] as string;
    const post = (base: string) => async (n: number) => (await request('POST', `${base}/disputes`, { body: report(n, `rc-bench-${suffix}-${n % 50}`), actor: reporter, attempts: 1 })).status === 201;
    const service: number[] = [];
    const raw: number[] = [];
    let peak: Record<string, number> = { ...idle };
    const sample = setInterval(() => void stack.rss().then((now) => (peak = Object.fromEntries(Object.entries(now).map(([k, v]) => [k, Math.max(v, peak[k] ?? 0)])))), 1_000);
    // Latency first, on a stack with no backlog: after the throughput rounds the ratings service
    // still has thousands of their events to apply and a command waits behind all of them (a run
    // in that order saw 0 of 600 visible within 30 s), which measures the backlog, not the path.
    // Visible = the ratings read models have reached the command's event-store position (the API's
    // read-your-writes: a query with minPosition answers 200 once reached, 202 while not yet).
    const positions = new Map<number, bigint>();
    const epoch = () => performance.timeOrigin + performance.now();
    const times: CommandTimes[] = [];
    const acceptedAt = new Map<number, number>();
    const watcher = new VisibilityWatcher(async (minPosition) => {
      // Every ratings query answers through the same read-your-writes gate with the position the
      // read models reached; the rubric list is the cheapest query (the dashboard took ~90 ms a
      // probe, which made every figure that much coarser).
      const answer = await request('GET', `${ratings}/rubrics?minPosition=${minPosition}`, { actor: reader, attempts: 1 });
      const reached = (answer.body as { position?: string } | null)?.position;
      return { status: answer.status, position: reached ? BigInt(reached) : null, text: answer.text };
    }, VISIBLE_TIMEOUT_MS);
    const command = async (i: number): Promise<string | null> => {
      const answer = await request('POST', `${disputes}/disputes`, { body: report(i, `rc-lat-${suffix}-${i % 50}`), actor: reporter, attempts: 1 });
      const position = (answer.body as { position?: string | null } | null)?.position;
      if (answer.status !== 201) return `the command answered ${answer.status}`;
      if (!position) return 'the command answered no position';
      positions.set(i, BigInt(position));
      acceptedAt.set(i, epoch());
      return null;
    };
    const visible = async (i: number) => {
      const position = positions.get(i) ?? 0n;
      await watcher.visible(position);
      times.push({ position, accepted: acceptedAt.get(i) ?? Number.NaN, visible: epoch() });
    };
    const latency: OpenLoopResult = await openLoop(SIZES.rate, SIZES.latencySeconds, command, visible);
    await watcher.stop();
    if (receiver) {
      clearInterval(sample); // else the RSS sampler keeps the benchmark alive after it reported
      await new Promise((resolve) => setTimeout(resolve, 7_000)); // the services export their spans every 5 s
      const stages = breakdown(receiver.spans, times);
      console.log(`  latency p50 ${latency.visible.p50} ms, p99 ${latency.visible.p99} ms, p99.9 ${latency.visible.p999} ms with tracing on (${latency.completed}/${latency.scheduled} visible); command alone p50 ${latency.accepted.p50} ms`);
      console.log(`  median per stage over ${stages.commands} commands whose spans were all received (${receiver.spans.length} spans); seen before their read models were written: ${stages.seenBeforeWritten}`);
      for (const [stage, median] of Object.entries(stages.medians)) console.log(`    ${stage.padEnd(48)} ${median} ms (p90 ${stages.p90s[stage]} ms)`);
      mkdirSync('bench-results', { recursive: true });
      writeFileSync('bench-results/service-breakdown.json', `${JSON.stringify({ benchmark: 'service --breakdown', ranAt: new Date().toISOString(), quick, sizes: SIZES, loadAverageAtStart: Number(load), latency, breakdown: stages }, null, 2)}\n`);
      return;
    }
    // A 200 probe includes the server's wait for the position and the query itself: its median
    // is the coarsest step by which a command can be seen late.
    const probe = percentiles(watcher.probeMs);
    console.log(`  latency: ${latency.completed}/${latency.scheduled} visible within ${VISIBLE_TIMEOUT_MS / 1000} s, p50 ${latency.visible.p50} ms, p99 ${latency.visible.p99} ms${latency.failed ? `; not: ${JSON.stringify(latency.failures)}` : ''}; ${watcher.probeMs.length} probes answered 200, p50 ${probe.p50} ms${watcher.last ? `; last probe: ${watcher.last.status}, read side at ${watcher.last.reported} for ${watcher.last.awaited}` : ''}`);
    let failed = 0;
    for (let r = 0; r < SIZES.rounds; r++) {
      const ours = await closedLoop(SIZES.clients, SIZES.seconds, post(disputes));
      const bareRound = await closedLoop(SIZES.clients, SIZES.seconds, post(bare.url));
      service.push(ours.perSecond);
      raw.push(bareRound.perSecond);
      failed += ours.failed + bareRound.failed;
      console.log(`  round ${r + 1}: disputes service ${Math.round(ours.perSecond)} commands/s (${ours.failed} failed), bare Fastify + class-validator ${Math.round(bareRound.perSecond)} requests/s (${bareRound.failed} failed)`);
    }
    clearInterval(sample);
    const loaded = peak;
    const throughput = { service: Math.round(median(service)), raw: Math.round(median(raw)), ratio: Math.round((median(service) / median(raw)) * 100) / 100, failed, rounds: { service: service.map(Math.round), raw: raw.map(Math.round) } };
    const met = latency.visible.p50 <= TARGETS.p50 && latency.visible.p99 <= TARGETS.p99 && latency.failed === 0;
    console.log(`\nmeasure                                        figure                         baseline                         ratio`);
    console.log(`HTTP commands, disputes POST /disputes        ${`${throughput.service} commands/s`.padEnd(30)} ${`${throughput.raw} req/s bare Fastify`.padEnd(32)} ${throughput.ratio}×`);
    console.log(`command → ratings read model (open loop)      p50 ${latency.visible.p50} ms, p99 ${latency.visible.p99} ms, p99.9 ${latency.visible.p999} ms at ${latency.rate}/s (${latency.completed}/${latency.scheduled} visible within ${VISIBLE_TIMEOUT_MS / 1000} s${latency.failed ? `; not: ${JSON.stringify(latency.failures)}` : ''}); command alone p50 ${latency.accepted.p50} ms p99 ${latency.accepted.p99} ms; targets p50 ≤ ${TARGETS.p50} ms, p99 ≤ ${TARGETS.p99} ms: ${met ? 'met' : 'NOT met'}`);
    console.log(`RSS MB idle                                   ${JSON.stringify(idle)}`);
    console.log(`RSS MB peak under load                        ${JSON.stringify(loaded)}`);
    if (quick) console.log('--quick: tiny sizes for a smoke test; the figures are not a measurement');
    mkdirSync('bench-results', { recursive: true });
    const file = 'bench-results/service.json';
    writeFileSync(file, `${JSON.stringify({ benchmark: 'service', ranAt: new Date().toISOString(), quick, sizes: SIZES, cpus: cpus().length, loadAverageAtStart: Number(load), throughput, latency: { ...latency, visibleTimeoutSeconds: VISIBLE_TIMEOUT_MS / 1000, visibilityProbeMs: { count: watcher.probeMs.length, ...probe }, targets: TARGETS, targetMet: met }, rssMb: { idle, underLoad: loaded } }, null, 2)}\n`);
    console.log(`load average at start ${load}; wrote ${file}`);
  } finally {
    bare.stop();
    await stack.stop();
    await receiver?.stop();
  }
}

await main();
