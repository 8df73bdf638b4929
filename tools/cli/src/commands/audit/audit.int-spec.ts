import { openAuditLog, type AuditLog } from '@linli/audit-postgres/testing';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../main.js';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function linli(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) };
}

describe('linli audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-audit-'));
  const keyFile = join(dir, 'notary-signing-key.pem');
  const publicFile = join(dir, 'notary-public-key.pem');
  let log: AuditLog;
  let schema: string[];

  beforeAll(async () => {
    log = await openAuditLog(20);
    schema = ['--schema', log.schema];
  });
  afterAll(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates a key pair, notarizes the log, verifies it clean with the public key and reports the rate', async () => {
    const keygen = await linli('audit', 'keygen', '--out', dir, '--json');
    expect(keygen.code).toBe(0);
    const { keyId } = keygen.json();
    expect((await linli('audit', 'public-key', '--key-file', keyFile, '--json')).json()).toMatchObject({ keyId, publicKeyPem: readFileSync(publicFile, 'utf8') });
    expect((await linli('audit', 'keygen', '--out', dir)).code).toBe(1);

    const notarized = await linli('audit', 'notarize', '--key-file', keyFile, '--page-size', '6', ...schema, '--json');
    expect(notarized.code).toBe(0);
    expect(notarized.json()).toMatchObject({ events: 20, signed: 4, checkpoint: { treeSize: 20, keyId } });
    expect(notarized.err).toMatch(/notarize: position \d+\/\d+\s+[\d,]+ events\/s\s+20 events\s+ETA/);

    const verified = await linli('audit', 'verify', '--public-key', publicFile, ...schema);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^OK: 4 signed checkpoints reproduced; 20 events re-read in \d+s \([\d,]+ events\/s\)/);
  });

  it('proves an event; the proof checks offline and fails after its event is edited', async () => {
    const proofFile = join(dir, 'proof.json');
    expect((await linli('audit', 'prove', log.eventIds[7]!, '--out', proofFile, ...schema)).code).toBe(0);
    const checked = await linli('audit', 'check-proof', proofFile, '--public-key', publicFile);
    expect(checked).toMatchObject({ code: 0, out: expect.stringMatching(/^VALID: event .* is leaf 7 /) });

    const proof = JSON.parse(readFileSync(proofFile, 'utf8'));
    writeFileSync(proofFile, JSON.stringify({ ...proof, event: { ...proof.event, type: 'disputes.DisputeWithdrawn' } }));
    expect(await linli('audit', 'check-proof', proofFile, '--public-key', publicFile, '--json')).toMatchObject({ code: 1, out: expect.stringContaining('"valid": false') });
  });

  it('names the bad flag with exit code 2, and fails without a signing key', async () => {
    const bad = await linli('audit', 'verify', '--public-key', publicFile, '--from', 'yesterday', ...schema);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--from must be a global position') });
    const saved = { file: process.env['LINLI_AUDIT_SIGNING_KEY_FILE'], pem: process.env['LINLI_AUDIT_SIGNING_KEY'] };
    delete process.env['LINLI_AUDIT_SIGNING_KEY_FILE'];
    delete process.env['LINLI_AUDIT_SIGNING_KEY'];
    try {
      expect(await linli('audit', 'notarize', ...schema)).toMatchObject({ code: 2, err: expect.stringContaining('no signing key') });
    } finally {
      if (saved.file) process.env['LINLI_AUDIT_SIGNING_KEY_FILE'] = saved.file;
      if (saved.pem) process.env['LINLI_AUDIT_SIGNING_KEY'] = saved.pem;
    }
  });

  it('given one event was changed in the database, verify exits 1 naming its position', async () => {
    const position = log.positions[13]!.toString();
    await log.raw.pool.query(`UPDATE ${log.table} SET data = jsonb_set(data, '{k}', '1000') WHERE global_position = $1`, [position]);
    const verified = await linli('audit', 'verify', '--public-key', publicFile, ...schema, '--json');
    expect(verified.code).toBe(1);
    expect(verified.json()).toMatchObject({ ok: false, broken: { position, reason: expect.stringMatching(/altered/) } });
    expect((await linli('audit', 'verify', '--public-key', publicFile, ...schema)).out).toMatch(new RegExp(`^FAILED at position ${position} \\(leaf 13\\)`));
  });
});
