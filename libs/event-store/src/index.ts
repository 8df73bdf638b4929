// The port every service talks to, and its adapters. Domain code depends on the port only
// (envelope, port, errors); composition roots pick an adapter and wrap it in the decorators.
export * from './envelope.js';
export * from './port.js';
export * from './errors.js';
export { uuidv7, isUuid } from './uuid/uuidv7.js';
export { creationEvent, latestOf } from './stream-reads.js';
export { MAX_EVENTS_PER_APPEND, validateAppend } from './validation/validate-append.js';

export { createPostgresEventStore, PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { inTransaction } from './postgres/transaction.js';
export { WakeSignal } from './postgres/wake-signal.js';
export { createKurrentDbEventStore, KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';

export { UpcasterRegistry, type Upcaster } from './upcasting/upcaster-registry.js';
export { UpcastingEventStore } from './upcasting/upcasting-event-store.js';

export { PersonalDataProtection, type Forgotten } from './personal-data/personal-data-protection.js';
export { PersonalDataPolicies, type PersonalDataGroup } from './personal-data/policy.js';
export { type PersonalDataKeyStore, SubjectForgotten } from './personal-data/key-store.js';
export { createPostgresKeyStore, PostgresPersonalDataKeyStore, type PostgresKeyStoreOptions } from './personal-data/postgres-key-store.js';
export { ERASED, type Erased, isErased } from './personal-data/redaction.js';
export { SUBJECT_FORGOTTEN, erasureStream } from './personal-data/erasure.js';
export { decryptValue, encryptValue, isEncryptedValue, type EncryptedValue } from './personal-data/cipher.js';
