// `npx tsx bench/relay/run.ts [--quick]` (or `npm run bench -- relay`): events/s the relay moves
// from the PostgreSQL event store to Kafka, against a raw kafkajs producer loop sending the same
// messages (same keys, bytes, batch size, acks=all, idempotent producer) in the same run.
//
// Both sides are measured warm, as they run in a service: each side has one connected producer for
// the whole run and one unmeasured warm-up round. A relay's producer thread is a V8 isolate of its
// own, started with the service; a new thread per round would charge the relay the JIT warm-up of
// kafkajs in every round (4–6 µs of CPU per event over 60,000 events), which the raw loop, in the
// warm main isolate, never pays. BENCH_RELAY_FRESH=1 measures the relay with a new producer thread
// (and the raw loop with a new producer) per round, connect included, as before 2026-11-30 evening.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleDisputesGateway, publish } from '@linli/contracts';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { createReliableProducer, ensureTopics, inThreadProducer, PostgresCheckpointStore, startRelay, toKafkaMessage, workerProducer, type RelayProducer } from '@linli/messaging';
import { Kafka, logLevel, type Message, type Producer } from 'kafkajs';
import pg from 'pg';
import { appendDisputeEvents } from './seed.js';

const quick = process.argv.includes('--quick');
// 60,000 events a round: at ~50,000 events/s the raw loop's round lasts about a second, so the
// fixed costs both sides pay (connect, producer id, the relay's first page and last checkpoint)
// no longer weigh on the ratio as they did at 20,000 (rounds of 0.4 s). BENCH_RELAY_EVENTS and
// BENCH_RELAY_BATCH change the size (the batch applies to both sides alike).
const EVENTS = Number(process.env['BENCH_RELAY_EVENTS'] ?? (quick ? 2_000 : 60_000));
const BATCH = Number(process.env['BENCH_RELAY_BATCH'] ?? 500);
const ROUNDS = quick ? 1 : 5;
// The relay's producer: `worker` (kafkajs in a thread of its own, as the services run it) or
// `thread` (on the relay's own thread). The raw baseline is one producer loop on the main thread either way.
const PRODUCER = process.env['BENCH_RELAY_PRODUCER'] ?? 'worker';
if (PRODUCER !== 'worker' && PRODUCER !== 'thread') throw new Error(`BENCH_RELAY_PRODUCER must be worker or thread, not ${PRODUCER}`);
const FRESH = process.env['BENCH_RELAY_FRESH'] === '1';
const TARGET = 0.7;

const env = (name: string): string => process.env[name] ?? fail(`${name} is not set: run \`npm run infra:up\` (or \`npm run bench\`)`);
const fail = (message: string): never => {
  throw new Error(message);
};

const suffix = randomUUID().slice(0, 8);
const schema = `bench_relay_${suffix}`;
const relayTopic = `bench.relay.${suffix}`;
const rawTopic = `bench.raw.${suffix}`;
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 8 });
const client = { clientId: `bench-relay-${suffix}`, brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING };
const kafka = new Kafka(client);
const admin = kafka.admin();

/** Wall-clock seconds of a run, and the CPU this process spent on it (µs per event): on a shared machine the CPU figure says where the cost is when the wall clock is noisy. */
interface Timed {
  readonly seconds: number;
  readonly cpuMicrosPerEvent: number;
}

const cpuMicros = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

/** Raw baseline: the same messages through a producer loop, one awaited batch at a time (with `FRESH`, a new producer, connect included, as for the relay). */
async function rawRun(messages: readonly Message[], warm: Producer): Promise<Timed> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const producer = FRESH ? createReliableProducer(kafka) : warm;
  if (FRESH) await producer.connect();
  for (let i = 0; i < messages.length; i += BATCH) {
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: rawTopic, messages: messages.slice(i, i + BATCH) }] });
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuMicrosPerEvent = cpuMicros(cpu) / messages.length;
  if (FRESH) await producer.disconnect();
  return { seconds, cpuMicrosPerEvent };
}

/** The relay's producer as configured: a worker thread or the relay's own thread. */
const newRelayProducer = (): RelayProducer => (PRODUCER === 'worker' ? workerProducer(client) : inThreadProducer(kafka));

/** A producer kept connected across relay runs: a stopping relay leaves it connected (the run disconnects it at the end). */
const keptAcrossRuns = (producer: RelayProducer): RelayProducer => ({
  queueDepth: producer.queueDepth,
  connect: () => producer.connect(),
  prepare: (events, topicName) => producer.prepare(events, topicName),
  send: (prepared) => producer.send(prepared),
  disconnect: async () => undefined,
});

/** The relay from its first event to a checkpoint at the head of the log. */
async function relayRun(store: PostgresEventStore, checkpoints: PostgresCheckpointStore, name: string, warm: RelayProducer | undefined): Promise<Timed> {
  const head = await store.headPosition();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const producer = warm ? keptAcrossRuns(warm) : newRelayProducer();
  const relay = await startRelay({ name, store, producer, gateway: exampleDisputesGateway, checkpoints, filter: { streamPrefixes: ['disputes.'] }, batchSize: BATCH, topicName: () => relayTopic });
  while (relay.position() < head) await new Promise((resolve) => setTimeout(resolve, 2));
  const seconds = (performance.now() - started) / 1000;
  const cpuMicrosPerEvent = cpuMicros(cpu) / EVENTS;
  await relay.stop();
  return { seconds, cpuMicrosPerEvent };
}

async function main(): Promise<void> {
  await admin.connect();
  await ensureTopics(admin, [{ topic: relayTopic }, { topic: rawTopic }]);
  const store = await createPostgresEventStore({ pool, schema, pollIntervalMs: 50 });
  const checkpoints = await PostgresCheckpointStore.create(pool, schema);
  try {
    await appendDisputeEvents(store, EVENTS);
    // A long-lived log has planner statistics (autovacuum analyzes it); a freshly seeded one does
    // not until autovacuum comes round, and without them PostgreSQL sorts every later row per page.
    await pool.query(`ANALYZE "${schema}".linli_events`);
    const stored = await store.readAll({ filter: { streamPrefixes: ['disputes.'] } });
    const messages = stored.map((event) => publish(exampleDisputesGateway, event)).flatMap((event) => (event ? [toKafkaMessage(event)] : []));
    const bytes = messages.reduce((sum, m) => sum + (m.value as Buffer).length, 0) / messages.length;
    const rawProducer = createReliableProducer(kafka);
    // With FRESH, each relay round starts a producer of its own (as before), so none is kept.
    const relayProducer = FRESH ? undefined : newRelayProducer();
    await rawProducer.connect();
    await relayProducer?.connect();
    const raw: Timed[] = [];
    const relayed: Timed[] = [];
    try {
      // Warm-up, unmeasured: connections, producer ids, metadata, and the JIT of both sides' code.
      await rawRun(FRESH ? messages.slice(0, BATCH) : messages, rawProducer);
      if (!FRESH) await relayRun(store, checkpoints, 'bench-warm-up', relayProducer);
      for (let round = 1; round <= ROUNDS; round++) {
        raw.push(await rawRun(messages, rawProducer));
        relayed.push(await relayRun(store, checkpoints, `bench-${round}`, relayProducer));
      }
    } finally {
      await rawProducer.disconnect();
      await relayProducer?.disconnect();
    }
    const rates = (runs: Timed[]) => runs.map((run) => Math.round(EVENTS / run.seconds));
    const best = (values: number[]) => Math.max(...values);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const cpu = (runs: Timed[]) => Math.round(median(runs.map((run) => run.cpuMicrosPerEvent)) * 10) / 10;
    const rawRates = rates(raw);
    const relayRates = rates(relayed);
    // Best of interleaved rounds: on a shared machine the least disturbed run of each side is the
    // fairest comparison; the medians and every round are kept beside it.
    const ratio = Math.round((best(relayRates) / best(rawRates)) * 100) / 100;
    const result = {
      benchmark: 'relay',
      quick,
      events: EVENTS,
      batchSize: BATCH,
      rounds: ROUNDS,
      avgMessageBytes: Math.round(bytes),
      settings: 'acks=all, idempotent, maxInFlightRequests=1, 3 partitions, same keys and values',
      relayProducer: PRODUCER,
      producers: FRESH ? 'a new producer per round on both sides (connect included; the relay\'s producer thread started per round)' : 'one connected producer per side for the run, after an unmeasured warm-up round of each',
      rawEventsPerSecond: best(rawRates),
      relayEventsPerSecond: best(relayRates),
      ratio,
      medianRatio: Math.round((median(relayRates) / median(rawRates)) * 100) / 100,
      roundsEventsPerSecond: { raw: rawRates, relay: relayRates },
      // CPU of this Node process per event (median of the rounds; the broker's and PostgreSQL's own CPU not included).
      cpuMicrosPerEvent: { raw: cpu(raw), relay: cpu(relayed) },
      target: TARGET,
      at: new Date().toISOString(),
    };
    console.log(`relay (${PRODUCER} producer, ${FRESH ? 'new producers per round' : 'warm producers'}): ${result.relayEventsPerSecond} events/s; raw kafkajs producer loop: ${result.rawEventsPerSecond} events/s; ratio ${ratio} (median ${result.medianRatio}; target >= ${TARGET}: ${ratio >= TARGET ? 'met' : 'NOT met'}); Node CPU per event: relay ${result.cpuMicrosPerEvent.relay} µs, raw ${result.cpuMicrosPerEvent.raw} µs`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/relay.json', `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await store.close();
    await admin.deleteTopics({ topics: [relayTopic, rawTopic] }).catch(() => undefined);
    await admin.disconnect();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

await main();
