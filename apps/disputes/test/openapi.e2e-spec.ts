import { bootDisputes, type DisputesApi } from './support/disputes-api.js';

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, { enum?: string[]; $ref?: string }>; required?: string[]; enum?: string[] }> };
}

describe('the disputes OpenAPI document', () => {
  let api: DisputesApi;
  let doc: OpenApi;
  beforeAll(async () => {
    api = await bootDisputes();
    doc = (await api.get('/docs-json')).body as unknown as OpenApi;
  });
  afterAll(() => api?.close());

  it('lists every command and query route', () => {
    const verbs = ['accept', 'reject', 'withdraw', 'assign-mediator', 'record-session', 'escalate', 'resolve', 'mark-overdue', 'rate-satisfaction', 'close', 'reopen'];
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/disputes', '/disputes/{id}', '/communities/{communityId}/disputes', ...verbs.map((verb) => `/disputes/{id}/${verb}`),
    ]));
    expect(Object.keys(doc.paths['/disputes']!).sort()).toEqual(['get', 'post']);
  });

  it('documents request bodies field by field, enumerations as enumerations', () => {
    const report = doc.components.schemas['ReportDisputeDto']!;
    expect(Object.keys(report.properties!)).toEqual(expect.arrayContaining(['disputeId', 'communityId', 'category', 'description', 'urgency', 'channel', 'hotlineTicketId', 'parties', 'occurredAt']));
    expect(report.required).toEqual(expect.arrayContaining(['communityId', 'category', 'description', 'urgency', 'channel', 'parties']));
    expect(doc.components.schemas['DisputeCategory']?.enum).toContain('training_class_in_residential_building');
    expect(JSON.stringify(doc.components.schemas['PartyDto']?.properties?.['role'])).toContain('#/components/schemas/PartyRole');
  });

  it('documents the headers and answers of a command', () => {
    const escalate = doc.paths['/disputes/{id}/escalate']!['post']!;
    expect(escalate.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['id', 'Idempotency-Key', 'If-Match']));
    expect(Object.keys(escalate.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '409']));
    expect(Object.keys(doc.paths['/disputes']!['post']!.responses)).toEqual(expect.arrayContaining(['201', '400', '409']));
  });

  it('documents the query filters and the bounded page size', () => {
    const list = doc.paths['/disputes']!['get']!;
    expect(list.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining([
      'communityId', 'category', 'level', 'status', 'overdue', 'reportedFrom', 'reportedTo', 'limit', 'after', 'minPosition',
    ]));
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '202', '400']));
  });
});
