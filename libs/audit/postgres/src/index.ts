// The auditor's toolkit on PostgreSQL: the notary's tables, notarizing, verifying, proving.
export { PostgresAuditStore, type StoredCheckpoint } from './audit-store.js';
export { ensureAuditTables } from './audit-tables.js';
export { notarize, followNotary, NotaryBusy, type NotaryOptions, type NotarizeResult } from './notary.js';
export { verifyHistory, type VerifyOptions, type VerifyReport } from './verify.js';
export { proveEvent, ProofUnavailable } from './prove.js';
export { generateSigningKey, loadSigningKey, loadPublicKey, publicKeyPem } from './signing-keys.js';
export { ProgressMeter, type AuditProgress } from './progress.js';
