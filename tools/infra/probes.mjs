// "Answers" means a real client connects and runs a query or admin call, not merely an open port.
import net from 'node:net';

/** PostgreSQL: connect with the endpoint's credentials and run a query. */
export async function probePostgres(url, timeoutMs = 3000) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  try {
    await client.connect();
    const { rows } = await client.query('select 1 as ok');
    return rows[0].ok === 1;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Kafka: a kafkajs admin connects and lists topics. */
export async function probeKafka(brokers, timeoutMs = 3000) {
  const { default: kafkajs } = await import('kafkajs');
  const kafka = new kafkajs.Kafka({
    clientId: 'linli-infra-probe',
    brokers: brokers.split(',').map((b) => b.trim()),
    logLevel: kafkajs.logLevel.NOTHING,
    connectionTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** MongoDB wire protocol: mongoose connects, pings and lists the collections of the target database. */
export async function probeMongo(uri, timeoutMs = 3000) {
  const { default: mongoose } = await import('mongoose');
  const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs, autoIndex: false });
  try {
    await conn.asPromise();
    await conn.db.admin().ping();
    await conn.db.listCollections({}, { nameOnly: true }).toArray();
    return true;
  } finally {
    await conn.close(true).catch(() => {});
  }
}

/** True when something accepts TCP connections on host:port (used only to explain port clashes). */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

export const probes = { postgres: probePostgres, kafka: probeKafka, mongodb: probeMongo };

/** One probe with a bounded time; resolves true/false, never throws. */
export async function answers(component, endpoint, timeoutMs = 3000) {
  try {
    return Boolean(await probes[component](endpoint, timeoutMs));
  } catch {
    return false;
  }
}
