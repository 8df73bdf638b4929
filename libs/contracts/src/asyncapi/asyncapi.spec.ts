import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { disputesContracts, hotlineTicketSubmittedV1, linliContracts } from '../catalogue/index.js';
import { buildAsyncApi } from './build-asyncapi.js';
import { CATALOGUE_DOCUMENT_URL, catalogueAsyncApi } from './catalogue-document.js';
import { serviceAsyncApi, serviceEvents, type LinliService } from './service-document.js';

// Severity 0 is an error, 1 a warning; 2 and 3 are hints (e.g. "3.1.0 exists"). One parser for
// the file: building its rule set is the slow part.
const parser = new Parser();
async function problemsOf(document: object): Promise<string[]> {
  const { diagnostics } = await parser.parse(JSON.stringify(document));
  return diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} at ${d.path.join('/')}: ${d.message}`);
}

describe('the AsyncAPI event catalogue', () => {
  it('docs/asyncapi.json is up to date (npx tsx libs/contracts/scripts/write-asyncapi.ts)', () => {
    expect(JSON.parse(readFileSync(CATALOGUE_DOCUMENT_URL, 'utf8'))).toEqual(catalogueAsyncApi());
  });

  it('docs/asyncapi.json validates with @asyncapi/parser without errors or warnings', async () => {
    expect(await problemsOf(JSON.parse(readFileSync(CATALOGUE_DOCUMENT_URL, 'utf8')))).toEqual([]);
  });

  describe('of one service', () => {
    const document = buildAsyncApi({ service: 'disputes', publishes: disputesContracts, consumes: [hotlineTicketSubmittedV1] }) as {
      channels: Record<string, { address: string; messages: object; bindings: { kafka: { partitions: number } } }>;
      operations: Record<string, { action: string; messages: object[] }>;
      components: { messages: Record<string, { examples: { payload: { type: string; partitionkey: string } }[] }> };
    };

    it('has a channel per topic with its partitions, and an operation per direction', () => {
      expect(Object.values(document.channels).map((c) => c.address).sort()).toEqual(['linli.disputes.v1', 'municipal.hotline.outcomes.v1', 'municipal.hotline.tickets.v1']);
      expect(document.channels['linli-disputes-v1'].bindings.kafka.partitions).toBe(3);
      expect(document.operations['publish-linli-disputes-v1']).toMatchObject({ action: 'send' });
      expect(document.operations['publish-linli-disputes-v1'].messages).toHaveLength(12);
      expect(document.operations['consume-municipal-hotline-tickets-v1']).toMatchObject({ action: 'receive' });
    });

    it('shows each message with an example CloudEvent keyed by community', () => {
      const [example] = document.components.messages['cn.linli.disputes.dispute-resolved.v1'].examples;
      expect(example.payload).toMatchObject({ type: 'cn.linli.disputes.dispute-resolved.v1', partitionkey: 'rc-qianyue-1' });
    });

    it('validates with @asyncapi/parser', async () => {
      expect(await problemsOf(document)).toEqual([]);
    });
  });

  describe('that a service serves at /asyncapi.json', () => {
    type Document = { info: { title: string }; operations: Record<string, { action: string; channel: { $ref: string } }> };
    const operations = (service: LinliService) => Object.keys((serviceAsyncApi(service) as Document).operations).sort();

    it('shows what each service publishes and consumes', () => {
      expect(operations('organizations')).toEqual(['publish-linli-organizations-v1']);
      expect(operations('property-services')).toEqual(['publish-linli-property-v1']);
      expect(operations('disputes')).toEqual(['consume-municipal-hotline-tickets-v1', 'publish-linli-disputes-v1', 'publish-municipal-hotline-outcomes-v1']);
      expect(operations('ratings')).toEqual(['consume-linli-disputes-v1', 'consume-linli-organizations-v1', 'consume-linli-property-v1', 'publish-linli-ratings-v1']);
    });

    it('has ratings consume every event of the other contexts but not the hotline outcomes', () => {
      const { consumes } = serviceEvents('ratings');
      expect(consumes.map((c) => c.type).sort()).toEqual(linliContracts.filter((c) => c.topic.startsWith('linli.') && c.source !== '/linli/ratings').map((c) => c.type).sort());
      expect(consumes.map((c) => c.topic)).not.toContain('municipal.hotline.outcomes.v1');
    });

    it.each(['organizations', 'disputes', 'property-services', 'ratings'] as const)('%s: validates with @asyncapi/parser', async (service) => {
      expect((serviceAsyncApi(service) as Document).info.title).toBe(`${service} events`);
      expect(await problemsOf(serviceAsyncApi(service))).toEqual([]);
    });
  });
});
