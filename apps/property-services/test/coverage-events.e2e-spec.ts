import { randomUUID } from 'node:crypto';
import { catalogueRegistry, coverageChangedV1, parseCloudEvent, PROPERTY_TOPIC, type CoverageChangedV1 } from '@linli/contracts';
import { bootService, type BootedService } from '@linli/service-kit/testing';
import { Kafka, logLevel } from 'kafkajs';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, freshCreditCode, freshId, type Accepted, type Client } from './support/http.js';

// A community's coverage as other contexts and municipal platforms see it: each signing, renewal and
// early termination over HTTP is published (by the service's relay) as a coverage-changed event on
// linli.property.v1, valid against its schema, keyed by the community.

/** The coverage changes of one community on the property topic, read from its beginning until `count` arrived. */
async function coverageChanges(kafka: Kafka, communityId: string, count: number, timeoutMs = 120_000): Promise<CoverageChangedV1[]> {
  const consumer = kafka.consumer({ groupId: `coverage-reader-${randomUUID().slice(0, 8)}`, sessionTimeout: 6_000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
  const found: CoverageChangedV1[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: PROPERTY_TOPIC, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${found.length} of ${count} coverage changes of ${communityId} within ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() !== communityId) return;
          const { contract, event } = parseCloudEvent(message.value, catalogueRegistry); // validated against its schema
          if (contract !== coverageChangedV1) return;
          found.push(event.data as CoverageChangedV1);
          if (found.length === count) {
            clearTimeout(timer);
            resolve();
          }
        },
      }).catch(reject);
    });
    return found;
  } finally {
    await consumer.disconnect();
  }
}

describe('coverage changes on Kafka', () => {
  let service: BootedService;
  let api: Client;
  let kafka: Kafka;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
    kafka = new Kafka({ clientId: `coverage-test-${randomUUID().slice(0, 8)}`, brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING });
  });
  afterAll(() => service?.close());

  it('are published when a contract is signed, renewed and terminated early, with the dates they take effect', async () => {
    const communityId = freshId();
    const companyId = freshId();
    await api.post('/companies', { companyId, name: 'Yugan Anju Property Co.', creditCode: freshCreditCode(), qualificationLevel: 'grade_2' });
    const signed = await api.post<Accepted>(`/communities/${communityId}/contracts`, {
      companyId, periodStart: '2025-01-01', periodEnd: '2025-12-31', feeStandardFenPerSqmMonth: 120, serviceLevel: 'level_2',
    });
    expect(signed.status).toBe(201);
    const base = `/communities/${communityId}/contracts/${signed.body.id}`;
    expect((await api.post(`${base}/renewal`, { newPeriodEnd: '2026-12-31' })).status).toBe(200);
    expect((await api.post(`${base}/termination`, { terminationDate: '2026-07-01', reason: 'service standard not met' })).status).toBe(200);

    expect(await coverageChanges(kafka, communityId, 3)).toEqual([
      { communityId, contractId: signed.body.id, covered: true, effectiveDate: '2025-01-01', coveredUntil: '2025-12-31' },
      { communityId, contractId: signed.body.id, covered: true, effectiveDate: '2026-01-01', coveredUntil: '2026-12-31' },
      { communityId, contractId: signed.body.id, covered: false, effectiveDate: '2026-07-01' },
    ]);
  });
});
