// `npm run bench -- service [--quick]`: the whole path through the services.
// - HTTP command throughput of the disputes service (report a dispute: validation, command
//   handler, append) vs a bare Fastify handler doing the same class-validator validation, rounds
//   alternating in the same run;
// - command → read model latency, open loop at a fixed rate: a dispute reported to the disputes
//   service until the ratings read models have applied it (relay, Kafka, projection), as the ratings
//   API's read-your-writes tells (GET /dashboard?minPosition=<the command's position> answers 200);
// - RSS of each service idle and under that load.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from '@linli/seed-kit';
import { closedLoop, openLoop, type OpenLoopResult } from './load.js';
import { startStack } from './stack.js';

const quick = process.argv.includes('--quick');
const SIZES = quick ? { clients: 8, seconds: 2, rounds: 1, rate: 5, latencySeconds: 3 } : { clients: 32, seconds: 8, rounds: 3, rate: 20, latencySeconds: 30 };
const TARGETS = { p50: 25, p99: 150 };
const suffix = randomUUID().slice(0, 8);
const reporter = { id: 'bench-reporter', role: 'branch_secretary' };

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
  const stack = await startStack(suffix);
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
    let failed = 0;
    for (let r = 0; r < SIZES.rounds; r++) {
      const ours = await closedLoop(SIZES.clients, SIZES.seconds, post(disputes));
      const bareRound = await closedLoop(SIZES.clients, SIZES.seconds, post(bare.url));
      service.push(ours.perSecond);
      raw.push(bareRound.perSecond);
      failed += ours.failed + bareRound.failed;
      console.log(`  round ${r + 1}: disputes service ${Math.round(ours.perSecond)} commands/s (${ours.failed} failed), bare Fastify + class-validator ${Math.round(bareRound.perSecond)} requests/s (${bareRound.failed} failed)`);
    }
    // Visible = the ratings read models have reached the command's event-store position (the API's
    // read-your-writes: a query with minPosition answers 200 once reached, 202 while not yet).
    const positions = new Map<number, string>();
    const visible = async (i: number) => {
      const deadline = performance.now() + 30_000;
      while (performance.now() < deadline) {
        const answer = await request('GET', `${ratings}/dashboard?period=${new Date().getUTCFullYear()}&minPosition=${positions.get(i)}`, { attempts: 1 });
        if (answer.status === 200) return;
        if (answer.status !== 202) throw new Error(`the dashboard answered ${answer.status}`);
      }
      throw new Error('not visible within 30 s');
    };
    const command = async (i: number) => {
      const answer = await request('POST', `${disputes}/disputes`, { body: report(i, `rc-lat-${suffix}-${i % 50}`), actor: reporter, attempts: 1 });
      const position = (answer.body as { position?: string | null } | null)?.position;
      if (answer.status !== 201 || !position) return false;
      positions.set(i, position);
      return true;
    };
    const latency: OpenLoopResult = await openLoop(SIZES.rate, SIZES.latencySeconds, command, visible);
    clearInterval(sample);
    const loaded = peak;
    const throughput = { service: Math.round(median(service)), raw: Math.round(median(raw)), ratio: Math.round((median(service) / median(raw)) * 100) / 100, failed, rounds: { service: service.map(Math.round), raw: raw.map(Math.round) } };
    const met = latency.visible.p50 <= TARGETS.p50 && latency.visible.p99 <= TARGETS.p99 && latency.failed === 0;
    console.log(`\nmeasure                                        figure                         baseline                         ratio`);
    console.log(`HTTP commands, disputes POST /disputes        ${`${throughput.service} commands/s`.padEnd(30)} ${`${throughput.raw} req/s bare Fastify`.padEnd(32)} ${throughput.ratio}×`);
    console.log(`command → ratings read model (open loop)      p50 ${latency.visible.p50} ms, p99 ${latency.visible.p99} ms, p99.9 ${latency.visible.p999} ms at ${latency.rate}/s (${latency.completed}/${latency.scheduled} seen, ${latency.failed} failed); command alone p50 ${latency.accepted.p50} ms p99 ${latency.accepted.p99} ms; targets p50 ≤ ${TARGETS.p50} ms, p99 ≤ ${TARGETS.p99} ms: ${met ? 'met' : 'NOT met'}`);
    console.log(`RSS MB idle                                   ${JSON.stringify(idle)}`);
    console.log(`RSS MB peak under load                        ${JSON.stringify(loaded)}`);
    if (quick) console.log('--quick: tiny sizes for a smoke test; the figures are not a measurement');
    mkdirSync('bench-results', { recursive: true });
    const file = 'bench-results/service.json';
    writeFileSync(file, `${JSON.stringify({ benchmark: 'service', ranAt: new Date().toISOString(), quick, sizes: SIZES, cpus: cpus().length, loadAverageAtStart: Number(load), throughput, latency: { ...latency, targets: TARGETS, targetMet: met }, rssMb: { idle, underLoad: loaded } }, null, 2)}\n`);
    console.log(`load average at start ${load}; wrote ${file}`);
  } finally {
    bare.stop();
    await stack.stop();
  }
}

await main();
