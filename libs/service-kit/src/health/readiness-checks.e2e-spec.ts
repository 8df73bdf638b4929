import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { bootService, probeServiceDefinition, waitForStatus, type BootedService } from '../testing/boot-service.js';
import { ReadinessChecks, type ReadinessReport } from './readiness-checks.js';

// A service adds its own readiness checks beside PostgreSQL, Kafka and MongoDB (ratings: how far
// its read models are behind). Here a "backlog" check whose state the test sets.
let backlog: () => Promise<ReadinessReport> = async () => ({ status: 'up', behind: 3 });

@Injectable()
class BacklogCheck implements OnModuleInit {
  constructor(@Inject(ReadinessChecks) private readonly checks: ReadinessChecks) {}
  onModuleInit(): void {
    this.checks.add({ name: 'backlog', check: () => backlog() });
  }
}

@Module({ providers: [BacklogCheck] })
class BacklogModule {}

const probe = probeServiceDefinition('readiness-checks-probe', { module: BacklogModule });

describe("a service's own readiness checks", () => {
  let service: BootedService;
  beforeAll(async () => {
    service = await bootService(probe);
  });
  afterAll(() => service?.close());

  it('appear with their details beside the servers while up', async () => {
    const ready = await waitForStatus(`${service.url}/health/ready`, 200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, backlog: { status: 'up', behind: 3 } } });
  });

  it('take the service out of rotation (503) when down, naming the check and its details', async () => {
    backlog = async () => ({ status: 'down', behind: 50_000, threshold: 10_000 });
    const ready = await waitForStatus(`${service.url}/health/ready`, 503);
    expect(await ready.json()).toMatchObject({ status: 'error', error: { backlog: { status: 'down', behind: 50_000, threshold: 10_000 } }, info: { kafka: { status: 'up' } } });
  });

  it('count a check that throws as down, with its message', async () => {
    backlog = async () => {
      throw new Error('read models unreachable');
    };
    const ready = await waitForStatus(`${service.url}/health/ready`, 503);
    expect(await ready.json()).toMatchObject({ error: { backlog: { status: 'down', message: 'read models unreachable' } } });
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });
});
