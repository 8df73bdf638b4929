import { bootService, probeServiceDefinition, waitForStatus, type BootedService } from '../testing/boot-service.js';

const probeService = probeServiceDefinition('readiness-probe');

describe('readiness when a dependency is unreachable', () => {
  let service: BootedService;
  beforeAll(async () => {
    // Nothing listens on port 1: the broker is "down" from the first request on.
    service = await bootService(probeService, { KAFKA_BROKERS: '127.0.0.1:1' });
  });
  afterAll(() => service?.close());

  it('answers 503 naming the component that is down, while liveness stays 200', async () => {
    const ready = await waitForStatus(`${service.url}/health/ready`, 503, 15_000);
    expect(await ready.json()).toMatchObject({ status: 'error', statusCode: 503, error: { kafka: { status: 'down' } }, info: { postgres: { status: 'up' } } });
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });
});
