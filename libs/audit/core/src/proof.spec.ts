import { generateKeyPairSync } from 'node:crypto';
import { eventLeafHash, type AuditedEvent } from './audited-event.js';
import { keyIdOf, signCheckpoint } from './checkpoint.js';
import { HistoryVerifier, type StoredLeaf } from './history-verifier.js';
import { inclusionPath, subtreeRoot } from './merkle.js';
import { checkInclusionProof, PROOF_FORMAT, type InclusionProof } from './proof.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

const event = (i: number): AuditedEvent => ({
  globalPosition: String(1000 + i * 10),
  streamName: `dispute-${i % 3}`,
  streamRevision: String(Math.floor(i / 3)),
  eventId: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  type: 'disputes.DisputeReported',
  schemaVersion: 1,
  data: { title: `t${i}`, reporter: { $pii: { subject: 's', ct: 'xx' } } },
  metadata: { occurredAt: '2025-12-01T00:00:00Z', recordedAt: '2025-12-01T00:00:01.000Z' },
});

const log = Array.from({ length: 11 }, (_, i) => event(i));
const leaves = log.map(eventLeafHash);
const checkpointAt = (size: number) =>
  signCheckpoint({ log: 'linli', treeSize: size, position: log[size - 1]!.globalPosition, root: subtreeRoot(leaves.slice(0, size)).toString('hex'), time: '2025-12-01T00:00:05Z', keyId: keyIdOf(publicKey) }, privateKey);

function proofOf(index: number): InclusionProof {
  return { format: PROOF_FORMAT, event: log[index]!, leafIndex: index, path: inclusionPath(leaves, index).map((h) => h.toString('hex')), checkpoint: checkpointAt(log.length) };
}

describe('an inclusion proof checked offline', () => {
  it('holds for an event of the signed log with the notary public key', () => {
    expect(checkInclusionProof(proofOf(6), publicKey)).toEqual({ valid: true });
  });

  it('fails when the event, the signed root or the key differs', () => {
    const proof = proofOf(6);
    expect(checkInclusionProof({ ...proof, event: { ...proof.event, data: { title: 'changed' } } }, publicKey)).toMatchObject({ valid: false, problem: expect.stringMatching(/altered/) });
    expect(checkInclusionProof({ ...proof, checkpoint: { ...proof.checkpoint, root: 'ab'.repeat(32) } }, publicKey)).toMatchObject({ valid: false, problem: expect.stringMatching(/invalid signature/) });
    expect(checkInclusionProof(proof, other.publicKey)).toMatchObject({ valid: false, problem: expect.stringMatching(/signed by key/) });
  });
});

describe('the history verifier', () => {
  const records: StoredLeaf[] = log.map((e, i) => ({ leafIndex: i, position: e.globalPosition, eventId: e.eventId, hash: leaves[i]! }));
  const checkpoints = [checkpointAt(4), checkpointAt(8), checkpointAt(11)];

  function run(events: readonly AuditedEvent[]) {
    const verifier = new HistoryVerifier({ treeSize: 0, frontier: [] }, checkpoints);
    for (let i = 0; i < events.length && !verifier.done; i++) {
      const broken = verifier.feed(events[i]!, records[i]);
      if (broken) return broken;
    }
    return verifier.finish(records[Math.min(events.length, records.length - 1)]);
  }

  it('reproduces every checkpoint of the untouched log', () => {
    expect(run(log)).toBeNull();
  });

  it('names the altered event, the deleted one and the first of two swapped ones', () => {
    expect(run(log.map((e, i) => (i === 5 ? { ...e, data: { title: 'x' } } : e)))).toMatchObject({ position: '1050', reason: expect.stringMatching(/altered/) });
    expect(run(log.filter((_, i) => i !== 2))).toMatchObject({ position: '1020', reason: expect.stringMatching(/missing/) });
    const swapped = log.map((e, i) => (i === 3 ? { ...log[9]!, globalPosition: e.globalPosition } : i === 9 ? { ...log[3]!, globalPosition: e.globalPosition } : e));
    expect(run(swapped)).toMatchObject({ position: '1030', reason: expect.stringMatching(/reordered/) });
  });

  it('names an inserted event and a deletion at the very end', () => {
    const inserted = [...log.slice(0, 7), { ...event(50), globalPosition: '1065' }, ...log.slice(7)];
    expect(run(inserted)).toMatchObject({ position: '1065', reason: expect.stringMatching(/inserted/) });
    expect(run(log.slice(0, 10))).toMatchObject({ position: '1100', reason: expect.stringMatching(/missing/) });
  });
});
