import pg from 'pg';
import { migrate, type Migration } from '../postgres/migrations.js';
import { quoteSchema } from '../postgres/sql.js';
import { KEY_BYTES, newDataKey, unwrapKey, wrapKey } from './cipher.js';
import { type PersonalDataKeyStore, SubjectForgotten } from './key-store.js';

/** An erased subject keeps its row (no key, erased_at set) so no new key can ever be made for it. */
const keyStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'create linli_personal_data_keys',
    sql: (schema) => `
      CREATE TABLE ${schema}.linli_personal_data_keys (
        subject_id text PRIMARY KEY,
        data_key bytea,
        wrapped boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        CONSTRAINT linli_personal_data_keys_erased_check CHECK ((data_key IS NULL) = (erased_at IS NOT NULL))
      )`,
  },
];

export interface PostgresKeyStoreOptions {
  readonly pool: pg.Pool;
  readonly schema?: string;
  /** Optional 32-byte key-encryption key from configuration: data keys are stored wrapped by it. */
  readonly keyEncryptionKey?: Buffer;
}

/** Creates the PostgreSQL key store, applying its migrations first. */
export async function createPostgresKeyStore(options: PostgresKeyStoreOptions): Promise<PostgresPersonalDataKeyStore> {
  if (options.keyEncryptionKey && options.keyEncryptionKey.length !== KEY_BYTES) throw new Error('keyEncryptionKey must be 32 bytes');
  const schema = options.schema ?? 'linli';
  await migrate(options.pool, schema, 'personal-data-keys', keyStoreMigrations);
  return new PostgresPersonalDataKeyStore(options.pool, `${quoteSchema(schema)}.linli_personal_data_keys`, options.keyEncryptionKey);
}

interface KeyRow {
  subject_id: string;
  data_key: Buffer | null;
  wrapped: boolean;
}

export class PostgresPersonalDataKeyStore implements PersonalDataKeyStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly table: string,
    private readonly kek?: Buffer,
  ) {}

  async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    const ids = [...new Set(subjectIds)];
    const candidates = ids.map((id) => this.seal(id, newDataKey()));
    // Concurrent first uses race on the primary key; ON CONFLICT keeps whichever key won.
    await this.pool.query(
      `INSERT INTO ${this.table} (subject_id, data_key, wrapped) SELECT * FROM unnest($1::text[], $2::bytea[], $3::boolean[]) ON CONFLICT (subject_id) DO NOTHING`,
      [ids, candidates, ids.map(() => this.kek !== undefined)],
    );
    const rows = await this.rows(ids);
    const forgotten = rows.filter((row) => row.data_key === null).map((row) => row.subject_id);
    if (forgotten.length > 0) throw new SubjectForgotten(forgotten);
    return this.open(rows);
  }

  async findKeys(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    return subjectIds.length === 0 ? new Map() : this.open(await this.rows([...new Set(subjectIds)]));
  }

  async destroyKey(subjectId: string): Promise<boolean> {
    // The upsert also covers a subject never seen: the tombstone bars a key from being made later.
    const result = await this.pool.query<{ destroyed: boolean }>(
      `WITH existing AS (
         SELECT data_key IS NOT NULL AS had_key FROM ${this.table} WHERE subject_id = $1 FOR UPDATE
       ), tombstone AS (
         INSERT INTO ${this.table} AS k (subject_id, data_key, wrapped, erased_at) VALUES ($1, NULL, false, now())
         ON CONFLICT (subject_id) DO UPDATE SET data_key = NULL, wrapped = false, erased_at = coalesce(k.erased_at, now())
         RETURNING 1
       )
       SELECT coalesce((SELECT had_key FROM existing), false) AS destroyed, (SELECT count(*) FROM tombstone) AS written`,
      [subjectId],
    );
    return result.rows[0]?.destroyed === true;
  }

  private async rows(ids: readonly string[]): Promise<KeyRow[]> {
    const result = await this.pool.query<KeyRow>(`SELECT subject_id, data_key, wrapped FROM ${this.table} WHERE subject_id = ANY($1::text[])`, [ids]);
    return result.rows;
  }

  private seal(subjectId: string, key: Buffer): Buffer {
    return this.kek ? wrapKey(this.kek, subjectId, key) : key;
  }

  private open(rows: readonly KeyRow[]): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const row of rows) {
      if (row.data_key === null) continue;
      if (row.wrapped && !this.kek) throw new Error(`data key of ${row.subject_id} is wrapped, but no keyEncryptionKey is configured`);
      keys.set(row.subject_id, row.wrapped && this.kek ? unwrapKey(this.kek, row.subject_id, row.data_key) : row.data_key);
    }
    return keys;
  }
}
