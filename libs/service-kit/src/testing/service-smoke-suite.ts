import type { ServiceDefinition } from '../bootstrap.js';
import { bootService, waitForStatus, type BootedService } from './boot-service.js';

interface ApiDocument {
  openapi?: string;
  asyncapi?: string;
  paths?: Record<string, unknown>;
}

/** The metric families docs/operations.md and the PrometheusRule rely on, with their types. */
const METRIC_TYPES: Readonly<Record<string, string>> = {
  linli_http_request_duration_seconds: 'histogram',
  linli_event_store_append_duration_seconds: 'histogram',
  linli_relay_lag_events: 'gauge',
  linli_consumer_lag: 'gauge',
  linli_projection_lag_events: 'gauge',
  linli_projection_rebuild_progress_ratio: 'gauge',
  linli_dead_letter_parked: 'gauge',
  nodejs_eventloop_lag_p99_seconds: 'gauge',
  nodejs_heap_size_used_bytes: 'gauge',
  nodejs_gc_duration_seconds: 'histogram',
  process_cpu_seconds_total: 'counter',
  process_resident_memory_bytes: 'gauge',
};
const OPERATIONS_METRICS = Object.keys(METRIC_TYPES);

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

    it('exposes every metric family the operations guide and the alerts name', async () => {
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      const families = new Map([...metrics.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name, type]) => [name, type]));
      expect(Object.fromEntries(OPERATIONS_METRICS.map((name) => [name, families.get(name)]))).toEqual(Object.fromEntries(OPERATIONS_METRICS.map((name) => [name, METRIC_TYPES[name]])));
    });
  });
}
