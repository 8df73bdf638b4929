export { openAuditLog, visible, testKeys, metadata, type AuditLog } from './audit-log.js';
