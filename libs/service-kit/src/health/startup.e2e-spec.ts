import { connect, createServer, type Server, type Socket } from 'node:net';
import { bootService, probeServiceDefinition, waitForStatus, type BootedService } from '../testing/boot-service.js';

const probeService = probeServiceDefinition('startup-probe');

/** A TCP hop in front of a real server that can be "down" (not listening) and come up later. */
class LateServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  constructor(readonly port: number, private readonly target: URL) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined).on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** The same URL, pointed at the local port of the hop. */
function through(url: string, port: number): string {
  const rewritten = new URL(url);
  rewritten.hostname = '127.0.0.1';
  rewritten.port = String(port);
  return rewritten.toString();
}

describe('a service started before PostgreSQL, Kafka and MongoDB answer', () => {
  let postgres: LateServer;
  let kafka: LateServer;
  let mongo: LateServer;
  let service: BootedService;

  beforeAll(async () => {
    postgres = new LateServer(await unusedPort(), new URL(process.env['DATABASE_URL']!));
    mongo = new LateServer(await unusedPort(), new URL(process.env['MONGODB_URI']!));
    // The first broker only: the client then talks to the brokers the cluster advertises.
    kafka = new LateServer(await unusedPort(), new URL(`kafka://${process.env['KAFKA_BROKERS']!.split(',')[0]}`));
    // Nothing listens on these ports yet: the three servers are "down" when the service starts.
    service = await bootService(probeService, {
      DATABASE_URL: through(process.env['DATABASE_URL']!, postgres.port),
      MONGODB_URI: through(process.env['MONGODB_URI']!, mongo.port),
      KAFKA_BROKERS: `127.0.0.1:${kafka.port}`,
    });
  }, 120_000);

  afterAll(async () => {
    await service?.close();
    await postgres?.down();
    await kafka?.down();
    await mongo?.down();
  });

  it('listens at once, stays live and unready while it waits, and becomes ready when they come up', async () => {
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const waiting = await waitForStatus(`${service.url}/health/ready`, 503, 30_000);
    expect(await waiting.json()).toMatchObject({ error: { postgres: { status: 'down' }, kafka: { status: 'down' }, mongodb: { status: 'down' }, 'event-store': { status: 'down' } } });

    await postgres.up();
    await kafka.up();
    await mongo.up();

    const ready = await waitForStatus(`${service.url}/health/ready`, 200, 90_000);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, kafka: { status: 'up' }, mongodb: { status: 'up' }, 'event-store': { status: 'up' } } });
  }, 180_000);
});
