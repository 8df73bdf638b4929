// `npm run demo [-- <flags>]`: uses the four services if they answer (`npm start` in another
// terminal), else starts the stack as `npm start` does; then plays the demo (play.ts) through their
// HTTP APIs. Services it started keep running afterwards (Ctrl-C stops them) unless --stop is given.
//   --stop                 stop the services this run started once the demo is done
//   --skip-build           start the services from the existing build (dist/)
//   --isolated NAME        services this run starts use a PostgreSQL database, a MongoDB database and
//                          a ratings consumer group of this name (created if missing; a new group
//                          starts at the topics' ends): the demo as on a fresh machine, beside other
//                          users of the same servers
// Every other flag goes to play.ts (see `npm run demo -- --help`).
import { ensureDependencies, log, run } from '../scripts/workspace.mjs';
import { SERVICES, startService, waitReady } from '../scripts/services.mjs';

const args = process.argv.slice(2);
const stop = args.includes('--stop');
const skipBuild = args.includes('--skip-build');
const databaseAt = args.indexOf('--isolated');
const database = databaseAt >= 0 ? args[databaseAt + 1] : undefined;
if (databaseAt >= 0 && !/^[a-z][a-z0-9_]{0,59}$/.test(database ?? '')) {
  log('--isolated must be 1–60 lower-case letters, digits or _');
  process.exit(2);
}
const playArgs = args.filter((arg, i) => arg !== '--stop' && arg !== '--skip-build' && (databaseAt < 0 || (i !== databaseAt && i !== databaseAt + 1)));
if (playArgs.includes('--help')) {
  await run('npx', ['tsx', 'tools/demo/play.ts', '--help']);
  process.exit(0);
}

const answering = async (port) => fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(3_000) }).then((r) => r.ok, () => false);
const up = await Promise.all(SERVICES.map((service) => answering(service.port)));
let children = [];
if (up.every(Boolean)) {
  log('the four services answer: playing the demo through them');
} else if (up.some(Boolean)) {
  log(`only some services answer (${SERVICES.filter((_, i) => up[i]).map((s) => s.name).join(', ')}): start all four with npm start, or stop them`);
  process.exit(1);
} else {
  ensureDependencies();
  const infra = await import('../infra/infra.mjs');
  const { endpoints } = await infra.up();
  if (!skipBuild) {
    log('building…');
    if ((await run('npm', ['run', '--silent', 'build'])) !== 0) process.exit(1);
  }
  // Dev authentication (the services' own dev key pair under .linli/auth/; the demo signs its tokens with it).
  // The demo is one bulk client on localhost: the per-client and per-IP request limits would hold it to
  // a few hundred requests a minute.
  const env = { ...endpoints, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', AUTH_MODE: process.env.AUTH_MODE ?? 'dev', RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_CLIENT: '1000000' };
  if (database) Object.assign(env, await isolated(endpoints, database));
  log(`starting the four services${database ? ` (isolated: databases and consumer group ${database})` : ''}…`);
  // A service that exits while starting (a busy machine can time out its first database
  // connections) is started again, up to three times.
  const launch = (service, index, attempt = 1) => {
    const child = startService(service, { ...env, PORT: String(service.port) });
    children[index] = child;
    child.on('exit', (code) => {
      if (starting && attempt < 3) {
        log(`${service.name} exited while starting (code ${code}); starting it again`);
        launch(service, index, attempt + 1);
      }
    });
  };
  let starting = true;
  SERVICES.forEach((service, index) => launch(service, index));
  // The ratings service is unready while its read models are far behind (a fresh database replays
  // the topics): the demo waits for it to answer, and play.ts then for it to catch up.
  const ready = await Promise.all(SERVICES.map((service) => (service.name === 'ratings' ? waitLive(service.port, 180_000) : waitReady(service.port, 180_000))));
  starting = false;
  if (!ready.every(Boolean)) {
    log(`not ready: ${SERVICES.filter((_, i) => !ready[i]).map((s) => s.name).join(', ')}`);
    await stopAll();
    process.exit(1);
  }
}

const code = await run('npx', ['tsx', 'tools/demo/play.ts', ...playArgs]);
if (children.length === 0) process.exit(code);
if (stop) {
  await stopAll();
  process.exit(code);
}
log('the services keep running (Ctrl-C stops them; the servers keep running until npm run infra:down)');
process.on('SIGINT', () => void stopAll().then(() => process.exit(code)));
process.on('SIGTERM', () => void stopAll().then(() => process.exit(code)));

function stopAll() {
  for (const child of children) child.kill('SIGTERM');
  return Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)))));
}

async function waitLive(port, timeoutMs) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
    if (await answering(port)) return true;
  }
  return false;
}

/** The environment of an isolated stack: its own databases, and a ratings group that starts at the topics' ends. */
async function isolated(endpoints, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: endpoints.DATABASE_URL });
  await client.connect();
  if ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const group = `linli-ratings-${name}`;
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'linli-demo', brokers: endpoints.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = ['linli.organizations.v1', 'linli.disputes.v1', 'linli.property.v1'];
  const known = new Set(await admin.listTopics());
  for (const topic of topics.filter((t) => known.has(t))) {
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    // Explicit end offsets: kafkajs' resetOffsets to latest commits -1, which the consumer reads as "from the beginning".
    if (committed?.partitions.every((p) => p.offset === '-1')) await admin.setOffsets({ groupId: group, topic, partitions: (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high })) });
  }
  await admin.disconnect();
  const mongodbUri = withDatabase(endpoints.MONGODB_URI, name);
  // The group starts at the ends on purpose (the shared topics hold other runs' history): the
  // feed's marker says so, else the ratings service would take the offsets without a marker beside
  // its read models for a MongoDB that lost its data, and replay everything. Its id and position
  // format are those of apps/ratings (kafka-feed:<group>:<prefix>-own-events; 20-digit positions).
  const { default: mongoose } = await import('mongoose');
  const connection = await mongoose.createConnection(mongodbUri).asPromise();
  await connection.collection('projection_checkpoints').updateOne({ _id: `kafka-feed:${group}:ratings-own-events` }, { $setOnInsert: { position: '0'.padStart(20, '0'), updatedAt: new Date() } }, { upsert: true });
  await connection.close();
  return { DATABASE_URL: withDatabase(endpoints.DATABASE_URL, name), MONGODB_URI: mongodbUri, RATINGS_CONSUMER_GROUP: group };
}

function withDatabase(uri, name) {
  const url = new URL(uri);
  url.pathname = `/${name}`;
  return url.toString();
}
