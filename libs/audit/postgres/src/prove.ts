import { eventLeafHash, inclusionPath, PROOF_FORMAT, rootFromInclusionPath, toAuditedEvent, type InclusionProof } from '@linli/audit';
import type { EventStore } from '@linli/event-store';
import type { PostgresAuditStore } from './audit-store.js';

/** Why a proof cannot be made: the event is unknown, not covered yet, or the log no longer matches. */
export class ProofUnavailable extends Error {}

/** An inclusion proof of one event against the newest signed checkpoint. */
export async function proveEvent(store: EventStore, audit: PostgresAuditStore, eventId: string): Promise<InclusionProof> {
  const leaf = await audit.leafOf(eventId);
  if (!leaf) throw new ProofUnavailable(`event ${eventId} is not covered by any checkpoint (unknown id, or run \`linli audit notarize\` first)`);
  const latest = await audit.latest();
  if (!latest || latest.checkpoint.treeSize <= leaf.leafIndex) throw new ProofUnavailable(`event ${eventId} is not covered by any checkpoint yet`);
  const [event] = await store.readAll({ fromPosition: BigInt(leaf.position) - 1n, limit: 1 });
  if (!event || event.globalPosition !== BigInt(leaf.position) || event.eventId !== eventId) throw new ProofUnavailable(`event ${eventId} is no longer at position ${leaf.position}: the log was changed; run \`linli audit verify\``);
  const audited = toAuditedEvent(event);
  if (!eventLeafHash(audited).equals(leaf.hash)) throw new ProofUnavailable(`event ${eventId} at position ${leaf.position} differs from what was notarized; run \`linli audit verify\``);
  const leaves = await audit.leafHashes(latest.checkpoint.treeSize);
  const path = inclusionPath(leaves, leaf.leafIndex);
  const root = rootFromInclusionPath(leaf.hash, leaf.leafIndex, latest.checkpoint.treeSize, path);
  if (root?.toString('hex') !== latest.checkpoint.root) throw new ProofUnavailable('the notary records do not reproduce the signed root; run `linli audit verify`');
  return { format: PROOF_FORMAT, event: audited, leafIndex: leaf.leafIndex, path: path.map((h) => h.toString('hex')), checkpoint: latest.checkpoint };
}
