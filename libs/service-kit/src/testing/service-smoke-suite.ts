import type { ServiceDefinition } from '../bootstrap.js';
import { bootService, waitForStatus, type BootedService } from './boot-service.js';

interface ApiDocument {
  openapi?: string;
  asyncapi?: string;
  paths?: Record<string, unknown>;
}

/** What every service must do against the real servers: be ready, document itself, expose metrics. */
export function serviceSmokeSuite(definition: ServiceDefinition): void {
  describe(`the ${definition.name} service`, () => {
    let service: BootedService;
    beforeAll(async () => {
      service = await bootService(definition);
    });
    afterAll(() => service?.close());

    it('is ready once its PostgreSQL, Kafka and MongoDB connections answer', async () => {
      const response = await waitForStatus(`${service.url}/health/ready`, 200);
      expect(await response.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, kafka: { status: 'up' }, mongodb: { status: 'up' } } });
    });

    it('publishes a valid OpenAPI 3 document and its AsyncAPI 3 event catalogue', async () => {
      const openApi = (await (await fetch(`${service.url}/docs-json`)).json()) as ApiDocument;
      expect(openApi.openapi).toMatch(/^3\./);
      expect(openApi.paths?.['/health/ready']).toBeDefined();
      const asyncApi = (await (await fetch(`${service.url}/asyncapi.json`)).json()) as ApiDocument;
      expect(asyncApi.asyncapi).toMatch(/^3\./);
    });

    it('serves the OpenAPI UI at /docs', async () => {
      const response = await fetch(`${service.url}/docs`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('swagger-ui');
    });

    it('exposes Prometheus metrics, HTTP latency included', async () => {
      await fetch(`${service.url}/health/live`);
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toMatch(/linli_http_request_duration_seconds_count\{[^}]*route="\/health\/live"/);
      expect(metrics).toContain('process_resident_memory_bytes');
    });
  });
}
