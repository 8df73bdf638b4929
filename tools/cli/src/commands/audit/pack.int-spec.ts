import { openAuditLog, type AuditLog } from '@linli/audit-postgres/testing';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../main.js';

async function linli(...argv: string[]) {
  const io: Io & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('linli audit export / check (evidence packs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-pack-'));
  const keyFile = join(dir, 'keys', 'notary-signing-key.pem');
  const publicFile = join(dir, 'keys', 'notary-public-key.pem');
  let log: AuditLog;
  let schema: string[];

  beforeAll(async () => {
    log = await openAuditLog(24);
    schema = ['--schema', log.schema];
    expect((await linli('audit', 'keygen', '--out', join(dir, 'keys'))).code).toBe(0);
    expect((await linli('audit', 'notarize', '--key-file', keyFile, ...schema)).code).toBe(0);
  });
  afterAll(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports one dispute with a proof per event, checks clean offline, and fails once one byte of a file changes', async () => {
    const pack = join(dir, 'dispute-d-7');
    const exported = await linli('audit', 'export', '--scope', 'dispute:d-7', '--out', pack, '--key-file', keyFile, ...schema, '--json');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({ events: 1, checkpoint: { treeSize: 24 } });
    expect(exported.err).toMatch(/export: position \d+\/\d+ .* events\/s/);
    expect(await linli('audit', 'check', pack, '--public-key', publicFile)).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: 1 events proven/) });

    const proofs = join(pack, 'proofs.ndjson');
    const original = readFileSync(proofs);
    const flipped = Buffer.from(original);
    const at = flipped.indexOf('d-7') + 2;
    flipped[at] = '8'.charCodeAt(0); // d-7 → d-8, one byte
    writeFileSync(proofs, flipped);
    const broken = await linli('audit', 'check', pack, '--public-key', publicFile, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out).problems).toEqual(expect.arrayContaining([expect.stringContaining('proofs.ndjson does not match its hash'), expect.stringMatching(/proof of event .*altered/)]));
    writeFileSync(proofs, original);
    expect((await linli('audit', 'check', pack, '--public-key', publicFile)).code).toBe(0);
  });

  it('exports everything in a position range, refuses a used folder, and a pack checked with another key fails', async () => {
    const pack = join(dir, 'all');
    const range = ['--from', log.positions[3]!.toString(), '--to', log.positions[9]!.toString()];
    expect(JSON.parse((await linli('audit', 'export', '--scope', 'all', ...range, '--out', pack, '--key-file', keyFile, ...schema, '--json')).out)).toMatchObject({ events: 7 });
    expect(await linli('audit', 'export', '--scope', 'all', '--out', pack, '--key-file', keyFile, ...schema)).toMatchObject({ code: 1, err: expect.stringContaining('not empty') });
    expect((await linli('audit', 'keygen', '--out', join(dir, 'other'))).code).toBe(0);
    const foreign = await linli('audit', 'check', pack, '--public-key', join(dir, 'other', 'notary-public-key.pem'));
    expect(foreign).toMatchObject({ code: 1, out: expect.stringContaining('signed by key') });
    expect(await linli('audit', 'export', '--scope', 'street:1', '--out', pack)).toMatchObject({ code: 2, err: expect.stringContaining('--scope must be') });
  });

  it('refuses to export once the log no longer matches what was notarized', async () => {
    await log.raw.pool.query(`UPDATE ${log.table} SET data = jsonb_set(data, '{k}', '0') WHERE global_position = $1`, [log.positions[2]!.toString()]);
    const refused = await linli('audit', 'export', '--scope', 'all', '--out', join(dir, 'refused'), '--key-file', keyFile, ...schema);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining(`position ${log.positions[2]} differs from what was notarized`) });
  });
});
