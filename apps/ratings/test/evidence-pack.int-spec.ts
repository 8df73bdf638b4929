import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey } from '@linli/audit-postgres';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { county } from './support/stored-scenario.js';

// An evidence pack of one pilot community, through the real command line (`npx linli` runs the
// same file) against a real event store: notarize, export, check offline, then change one byte
// of the pack's CloudEvents NDJSON and check again.

const suffix = randomUUID().slice(0, 8);
const schema = `pack_${suffix}`;
const community = `rc-${suffix}-0`;

const linli = (...argv: string[]) =>
  new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(process.execPath, [join(process.cwd(), 'tools/cli/linli.mjs'), ...argv], { env: process.env, timeout: 120_000 }, (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }));
  });

describe('an evidence pack of one community', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-evidence-'));
  const pack = join(dir, 'pack');
  const keyFile = join(dir, 'notary-signing-key.pem');
  const publicFile = join(dir, 'notary-public-key.pem');
  let store: PostgresEventStore;

  beforeAll(async () => {
    const key = generateSigningKey();
    writeFileSync(keyFile, key.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicFile, key.publicKeyPem);
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema, poolSize: 2 });
    let last = 0n;
    for (const { stream, events } of county(`rc-${suffix}`, 2, 3)) last = (await store.appendToStream(stream, events)).position;
    for (let waited = 0; (await store.headPosition()) < last && waited < 60_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  });
  afterAll(async () => {
    await store.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the community with its CloudEvents, proofs, schemas and rating views; checks clean; fails after one changed byte', async () => {
    expect((await linli('audit', 'notarize', '--key-file', keyFile, '--schema', schema)).code).toBe(0);
    const exported = await linli('audit', 'export', '--scope', `community:${community}`, '--from', '2025-01-01', '--to', '2026-12-31', '--out', pack, '--key-file', keyFile, '--schema', schema, '--json');
    expect(exported.code).toBe(0);
    const summary = JSON.parse(exported.out);
    expect(summary.publicEvents).toBeGreaterThan(10);

    const events = readFileSync(join(pack, 'events.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(events.length).toBe(summary.publicEvents);
    expect(events.every((e) => e.specversion === '1.0')).toBe(true);
    expect(events.some((e) => e.type === 'cn.linli.disputes.dispute-resolved.v1' && e.subject === community)).toBe(true);
    expect(events.some((e) => e.type.startsWith('cn.linli.disputes.') && e.subject === `rc-${suffix}-1`)).toBe(false); // the neighbour's disputes stay out
    expect(readFileSync(join(pack, 'views', 'community-rating.csv'), 'utf8')).toMatch(new RegExp(`^${community},2025-H2,rc-${suffix}-rubric,1,[\\d.]+,\\d,4$`, 'm'));
    expect(JSON.parse(readFileSync(join(pack, 'schemas', 'cn.linli.disputes.dispute-resolved.v1.json'), 'utf8'))).toMatchObject({ type: 'object' });

    const checked = await linli('audit', 'check', pack, '--public-key', publicFile);
    expect(checked).toMatchObject({ code: 0, out: expect.stringMatching(/^OK: \d+ events proven, \d+ public events checked/) });

    const file = join(pack, 'events.ndjson');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"score":') + 8;
    bytes[at] = bytes[at] === '1'.charCodeAt(0) ? '2'.charCodeAt(0) : '1'.charCodeAt(0); // one digit of a satisfaction score
    writeFileSync(file, bytes);
    const tampered = await linli('audit', 'check', pack, '--public-key', publicFile, '--json');
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.out).problems).toEqual(expect.arrayContaining([expect.stringContaining('events.ndjson does not match its hash'), expect.stringMatching(/differs from what its proven stored event publishes/)]));
  });
});
