import type pg from 'pg';

/**
 * Makes some appends hold their transaction open after inserting, so transactions with higher
 * ids (and so higher positions) commit first: the interleaving that makes naive readers skip.
 * A trigger keeps the adapter's real append path untouched.
 */
export async function delayCommits(pool: pg.Pool, schema: string, options: { probability: number; minSeconds?: number; maxSeconds: number; streamPrefix?: string }): Promise<void> {
  await pool.query(`
    CREATE OR REPLACE FUNCTION "${schema}".test_delay_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM inserted WHERE starts_with(stream_name, ${quoteLiteral(options.streamPrefix ?? '')}))
         AND random() < ${options.probability} THEN
        PERFORM pg_sleep(${options.minSeconds ?? 0} + random() * (${options.maxSeconds} - ${options.minSeconds ?? 0}));
      END IF;
      RETURN NULL;
    END $$;
    DROP TRIGGER IF EXISTS test_delay_commit ON "${schema}".linli_events;
    CREATE TRIGGER test_delay_commit AFTER INSERT ON "${schema}".linli_events
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".test_delay_commit();`);
}

const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The naive reader of the trap: follows `position > last` with no visibility bound. */
export async function readNaively(pool: pg.Pool, schema: string, after: bigint): Promise<{ id: string; position: bigint }[]> {
  const result = await pool.query<{ event_id: string; global_position: string }>(
    `SELECT event_id, global_position FROM "${schema}".linli_events WHERE global_position > $1 ORDER BY global_position LIMIT 1000`,
    [after.toString()],
  );
  return result.rows.map((row) => ({ id: row.event_id, position: BigInt(row.global_position) }));
}
