// LINLI_INFRA=testcontainers: the same three endpoints from Docker containers (postgres:15, apache/kafka:4.1.1, mongo:7).
// The containers live only as long as this process (testcontainers' reaper removes them after it exits).
import net from 'node:net';

/** A free TCP port on the host: Kafka must advertise the host port, so it is fixed before the container starts. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function loadTestcontainers() {
  const tc = await import('testcontainers');
  try {
    await tc.getContainerRuntimeClient();
  } catch (err) {
    throw new Error(
      `LINLI_INFRA=testcontainers needs a Docker-compatible container engine, and none was found (${err.message.split('\n')[0]}). ` +
        'Start Docker (or set DOCKER_HOST), or use LINLI_INFRA=native.',
    );
  }
  return tc;
}

/** Starts the three containers in parallel; resolves { endpoints, stop }. */
export async function startContainers() {
  const { GenericContainer, Wait } = await loadTestcontainers();
  const kafkaPort = await freePort();

  const postgres = new GenericContainer('postgres:15')
    .withEnvironment({ POSTGRES_USER: 'linli', POSTGRES_PASSWORD: 'linli', POSTGRES_DB: 'linli' })
    .withCommand(['postgres', '-c', 'max_connections=200'])
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2));

  const kafka = new GenericContainer('apache/kafka:4.1.1')
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: `PLAINTEXT://:${kafkaPort},CONTROLLER://:9093`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${kafkaPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
    })
    .withExposedPorts({ container: kafkaPort, host: kafkaPort })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/));

  const mongo = new GenericContainer('mongo:7').withExposedPorts(27017).withWaitStrategy(Wait.forLogMessage(/Waiting for connections/));

  const results = await Promise.allSettled([postgres.start(), kafka.start(), mongo.start()]);
  const started = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
  const stop = () => Promise.allSettled(started.map((c) => c.stop())).then(() => undefined);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const [pg, , mg] = started;
  return {
    endpoints: {
      DATABASE_URL: `postgres://linli:linli@${pg.getHost()}:${pg.getMappedPort(5432)}/linli`,
      KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`,
      MONGODB_URI: `mongodb://${mg.getHost()}:${mg.getMappedPort(27017)}/linli`,
    },
    stop,
  };
}
