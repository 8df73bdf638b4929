import type { Migration } from './migrations.js';

/**
 * The event log. global_position is (transaction id << 20) + ordinal within the append, so it is
 * unique without a sequence and readers can bound it by the oldest running transaction (README).
 * UNIQUE (stream_name, stream_revision) is the optimistic-concurrency guard; UNIQUE (event_id)
 * makes retries idempotent. recorded_at is the commit's system time, one value per append.
 */
export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'create linli_events',
    sql: (schema) => `
      CREATE TABLE ${schema}.linli_events (
        global_position bigint NOT NULL,
        stream_name text NOT NULL,
        stream_revision bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT linli_events_pkey PRIMARY KEY (global_position),
        CONSTRAINT linli_events_stream_revision_key UNIQUE (stream_name, stream_revision),
        CONSTRAINT linli_events_event_id_key UNIQUE (event_id),
        CONSTRAINT linli_events_stream_revision_check CHECK (stream_revision >= 0),
        CONSTRAINT linli_events_schema_version_check CHECK (schema_version >= 1)
      )`,
  },
];
