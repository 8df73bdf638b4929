import { bootService, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, unknown>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; enum?: string[] }> };
}

describe('the OpenAPI document of property services', () => {
  let service: BootedService;
  let doc: OpenApi;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    doc = (await (await fetch(`${service.url}/docs-json`)).json()) as OpenApi;
  });
  afterAll(() => service?.close());

  const commands = [
    ['post', '/companies', '201'],
    ['post', '/companies/{companyId}/suspension', '200'],
    ['post', '/companies/{companyId}/reinstatement', '200'],
    ['post', '/communities/{communityId}/tenders', '201'],
    ['post', '/communities/{communityId}/contracts', '201'],
    ['post', '/communities/{communityId}/contracts/{contractId}/renewal', '200'],
    ['post', '/communities/{communityId}/contracts/{contractId}/termination', '200'],
    ['put', '/communities/{communityId}/fees/{period}', '200'],
    ['post', '/communities/{communityId}/ledger/revenue', '201'],
    ['post', '/communities/{communityId}/ledger/expenditure', '201'],
    ['post', '/communities/{communityId}/ledger/reversals', '201'],
    ['post', '/communities/{communityId}/statements', '201'],
  ] as const;

  it.each(commands)('documents %s %s with its body, headers and answers', (method, path, success) => {
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([success, '400', '404', '409'].sort());
    expect(operation?.parameters?.filter((p) => p.in === 'header').map((p) => p.name)).toEqual(expect.arrayContaining(['Idempotency-Key', 'If-Match']));
  });

  it.each(['/companies', '/companies/{companyId}', '/communities/{communityId}/contracts', '/coverage', '/communities/{communityId}/fees', '/communities/{communityId}/ledger', '/communities/{communityId}/statements', '/communities/{communityId}/statements/{period}'])(
    'documents the query %s with minPosition and its 202 answer',
    (path) => {
      const operation = doc.paths[path]?.['get'];
      expect(operation?.parameters?.map((p) => p.name)).toContain('minPosition');
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['200', '202', '400']));
    },
  );

  it('documents categories, levels and grades as enums, and amounts as integers in fen', () => {
    const { schemas } = doc.components;
    expect(schemas['RevenueCategory']?.enum).toEqual(['parking', 'advertising', 'lift_ads', 'venue_rental', 'other']);
    expect(schemas['ExpenditureCategory']?.enum).toEqual(['repairs', 'greening', 'cleaning', 'security', 'other']);
    expect(schemas['ServiceLevel']?.enum).toEqual(['level_1', 'level_2', 'level_3']);
    expect(schemas['QualificationLevel']?.enum).toEqual(['grade_1', 'grade_2', 'grade_3', 'ungraded']);
    expect(schemas['RecordRevenueDto']?.properties?.['amountFen']).toMatchObject({ type: 'integer', minimum: 1, description: expect.stringContaining('fen') });
    expect(schemas['RecordFeesDto']?.properties?.['collectedFen']).toMatchObject({ type: 'integer', minimum: 0 });
  });
});
