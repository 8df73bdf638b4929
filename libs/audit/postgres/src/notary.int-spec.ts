import { checkInclusionProof } from '@linli/audit';
import { followNotary, notarize, NotaryBusy } from './notary.js';
import { proveEvent } from './prove.js';
import { metadata, openAuditLog, testKeys, visible, type AuditLog } from './testing/audit-log.js';
import { verifyHistory } from './verify.js';

// Tamper tests: the notary covers a real log in PostgreSQL, then the database is changed behind the
// event store's back (SQL UPDATE / DELETE / INSERT) and verify must name the first changed position.

const { privateKey, publicKey } = testKeys();
const PAGE = 7; // several signed checkpoints over a 30-event log

async function notarizedLog(count = 30): Promise<AuditLog> {
  const log = await openAuditLog(count);
  await notarize({ store: log.raw, audit: log.audit, signingKey: privateKey, pageSize: PAGE });
  return log;
}

const verify = (log: AuditLog, range: { from?: bigint; to?: bigint } = {}) => verifyHistory({ store: log.raw, audit: log.audit, publicKey, pageSize: PAGE, ...range });

describe('a notarized event log', () => {
  let log: AuditLog;
  beforeEach(async () => void (log = await notarizedLog()));
  afterEach(async () => log?.close());

  it('given an untouched log, when verified, then every event and checkpoint checks out and the rate is reported', async () => {
    const report = await verify(log);
    expect(report).toMatchObject({ ok: true, events: 30, checkpoints: 5, throughPosition: log.positions[29]!.toString() });
    expect(report.eventsPerSecond).toBeGreaterThan(0);
    expect(report.broken).toBeUndefined();
  });

  it('given more events, when notarized again, then it resumes from the last checkpoint and a partial range verifies', async () => {
    await log.append(5);
    const again = await notarize({ store: log.raw, audit: log.audit, signingKey: privateKey, pageSize: PAGE });
    expect(again).toMatchObject({ events: 5, signed: 1, checkpoint: { treeSize: 35, position: log.positions[34]!.toString() } });
    expect(await verify(log)).toMatchObject({ ok: true, events: 35 });
    const partial = await verify(log, { from: log.positions[20]!, to: log.positions[22]! });
    expect(partial).toMatchObject({ ok: true, afterPosition: log.positions[13]!.toString(), throughPosition: log.positions[27]!.toString(), events: 14 });
  });

  it('given one event’s data was changed by SQL UPDATE, then verify fails at that position', async () => {
    await log.raw.pool.query(`UPDATE ${log.table} SET data = jsonb_set(data, '{category}', '"parking"') WHERE global_position = $1`, [log.positions[9]!.toString()]);
    const report = await verify(log);
    expect(report).toMatchObject({ ok: false, broken: { position: log.positions[9]!.toString(), reason: expect.stringMatching(/altered/) } });
  });

  it('given one event’s metadata or type was changed, then verify fails at that position', async () => {
    await log.raw.pool.query(`UPDATE ${log.table} SET metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"') WHERE global_position = $1`, [log.positions[16]!.toString()]);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: log.positions[16]!.toString() } });
    await log.raw.pool.query(`UPDATE ${log.table} SET event_type = 'disputes.DisputeWithdrawn' WHERE global_position = $1`, [log.positions[3]!.toString()]);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: log.positions[3]!.toString() } });
  });

  it('given one event was deleted, then verify fails at its position', async () => {
    await log.raw.pool.query(`DELETE FROM ${log.table} WHERE global_position = $1`, [log.positions[14]!.toString()]);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: log.positions[14]!.toString(), reason: expect.stringMatching(/missing/) } });
  });

  it('given the last covered event was deleted, then verify fails at its position', async () => {
    await log.raw.pool.query(`DELETE FROM ${log.table} WHERE global_position = $1`, [log.positions[29]!.toString()]);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: log.positions[29]!.toString(), reason: expect.stringMatching(/missing/) } });
  });

  it('given two events swapped places, then verify fails at the earlier one', async () => {
    const [a, b] = [log.positions[5]!.toString(), log.positions[12]!.toString()];
    await log.raw.pool.query(`UPDATE ${log.table} SET global_position = -1 WHERE global_position = $1`, [a]);
    await log.raw.pool.query(`UPDATE ${log.table} SET global_position = $1 WHERE global_position = $2`, [a, b]);
    await log.raw.pool.query(`UPDATE ${log.table} SET global_position = $1 WHERE global_position = -1`, [b]);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: a, reason: expect.stringMatching(/reordered/) } });
  });

  it('given an event was inserted between two notarized ones, then verify fails at the inserted position', async () => {
    const inserted = (log.positions[20]! + 1n).toString();
    await log.raw.pool.query(
      `INSERT INTO ${log.table} (global_position, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata)
       VALUES ($1, 'disputes-forged', 0, gen_random_uuid(), 'disputes.DisputeReported', 1, '{"k":99}', $2)`,
      [inserted, JSON.stringify(metadata)],
    );
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: inserted, reason: expect.stringMatching(/inserted/) } });
  });

  it('given the notary’s leaf records were altered too, then verify still fails, naming the range', async () => {
    await log.raw.pool.query(`UPDATE ${log.table} SET data = '{"k":-1}' WHERE global_position = $1`, [log.positions[10]!.toString()]);
    await log.raw.pool.query(`UPDATE "${log.schema}".linli_audit_leaves SET leaf_hash = sha256('x') WHERE leaf_index = 10`);
    expect(await verify(log)).toMatchObject({ ok: false, broken: { position: log.positions[7]!.toString(), reason: expect.stringMatching(/leaf records were altered/) } });
  });

  it('given a subject was forgotten (key destroyed), then the log still verifies, the erasure event included', async () => {
    const forgotten = await log.protected.forgetSubject('r-10', metadata);
    await visible(log.raw, forgotten.recorded.position);
    const readable = await log.protected.readAll({ fromPosition: log.positions[10]! - 1n, limit: 1 });
    expect(readable[0]!.data).toMatchObject({ name: { $erased: true } });
    await notarize({ store: log.raw, audit: log.audit, signingKey: privateKey });
    expect(await verify(log)).toMatchObject({ ok: true, events: 31 });
  });

  it('given a checkpoint signed by another key, then verify refuses it', async () => {
    expect(await verifyHistory({ store: log.raw, audit: log.audit, publicKey: testKeys().publicKey })).toMatchObject({ ok: false, problem: expect.stringMatching(/signed by key/) });
  });

  it('proves one event, the proof checks offline with the public key only, and fails once the event in it is changed', async () => {
    const proof = JSON.parse(JSON.stringify(await proveEvent(log.raw, log.audit, log.eventIds[10]!)));
    expect(proof).toMatchObject({ leafIndex: 10, event: { eventId: log.eventIds[10], data: { name: { $pii: expect.any(Object) } } }, checkpoint: { treeSize: 30 } });
    expect(checkInclusionProof(proof, publicKey)).toEqual({ valid: true });
    expect(checkInclusionProof({ ...proof, event: { ...proof.event, streamRevision: '1' } }, publicKey)).toMatchObject({ valid: false });
  });

  it('lets only one notary sign a log at a time', async () => {
    let inner: Promise<unknown> | undefined;
    await log.audit.exclusively(async () => {
      inner = notarize({ store: log.raw, audit: log.audit, signingKey: privateKey });
      await expect(inner).rejects.toBeInstanceOf(NotaryBusy);
    });
  });

  it('following the log, signs a new checkpoint within a few seconds of new events', async () => {
    const controller = new AbortController();
    const following = followNotary({ store: log.raw, audit: log.audit, signingKey: privateKey, intervalMs: 200, signal: controller.signal });
    await log.append(3);
    const deadline = Date.now() + 60_000;
    while ((await log.audit.latest())!.checkpoint.treeSize < 33 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await following;
    expect((await log.audit.latest())!.checkpoint).toMatchObject({ treeSize: 33, position: log.positions[32]!.toString() });
    expect(await verify(log)).toMatchObject({ ok: true, events: 33 });
  });
});
