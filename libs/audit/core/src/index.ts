// The auditor's toolkit, pure part: canonical encoding of stored events, the Merkle tree over the
// log, signed checkpoints, inclusion proofs and the history verifier. No drivers: adapters feed it.
export { canonicalJson } from './canonical.js';
export { type AuditedEvent, type StoredEnvelope, toAuditedEvent, leafText, leafBytes, eventLeafHash } from './audited-event.js';
export { hashLeaf, hashLeafText, hashNode, EMPTY_ROOT, MerkleFrontier, MerkleTree, type FrontierNode, subtreeRoot, inclusionPath, rootFromInclusionPath } from './merkle.js';
export { type CheckpointStatement, type SignedCheckpoint, checkpointPayload, keyIdOf, signCheckpoint, checkpointSignatureProblem } from './checkpoint.js';
export { PROOF_FORMAT, type InclusionProof, type ProofCheck, checkInclusionProof } from './proof.js';
export { HistoryVerifier, type HistoryBreak, type StoredLeaf, type VerifiedState } from './history-verifier.js';
export { PACK_FORMAT, type PackFile, type PackManifest, describeFile, signManifest, manifestSignatureProblem } from './pack-manifest.js';
