import pg from 'pg';
import { aReport, bootDisputes, newCommunity, type DisputesApi } from './support/disputes-api.js';

// PIPL: parties' names, phones and rooms are encrypted per data subject before they are stored,
// so the database never holds them in plain text, while allowed readers still see them.
describe("parties' personal data at rest", () => {
  let api: DisputesApi;
  const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 2 });
  beforeAll(async () => {
    api = await bootDisputes();
  });
  afterAll(async () => {
    await api?.close();
    await pool.end();
  });

  it('is stored encrypted, never as plain text, and decrypted for the service', async () => {
    const { body } = await api.post('/disputes', aReport(newCommunity()));
    const id = String(body['id']);
    const { rows } = await pool.query<{ data: string }>('SELECT data::text AS data FROM linli.linli_events WHERE stream_name = $1', [`disputes.Dispute-${id}`]);
    expect(rows).toHaveLength(1);
    for (const plain of ['Li Wei', '13800000001', '5-302', 'Zhang Min']) expect(rows[0]!.data).not.toContain(plain);
    expect(rows[0]!.data).toContain('subj-li');
    const [stored] = await api.events(id);
    expect(stored!.data).toMatchObject({ parties: [{ subjectId: 'subj-li', name: 'Li Wei', phone: '13800000001' }, { subjectId: 'subj-dance', name: 'Zhang Min' }] });
  });
});
