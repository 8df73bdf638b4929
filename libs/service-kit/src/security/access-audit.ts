import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@linli/security';
import { inTransaction } from '@linli/event-store';
import { Infrastructure } from '../health/infrastructure.js';
import { SERVICE_CONFIG } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';

/** One read of personal data: who read whose data, on which resource, and why. Never the data itself. */
export interface PersonalDataAccess {
  readonly principal: Principal;
  readonly dataSubjectIds: readonly string[];
  /** What was read, e.g. `dispute:0193…`. */
  readonly resource: string;
  /** The caller's stated purpose (X-Access-Reason). */
  readonly reason: string;
}

/** A row of the access audit as read back. */
export interface AccessAuditRow {
  readonly at: string;
  readonly service: string;
  readonly actorSubject: string;
  readonly actorRole: string;
  readonly actorUnit: string;
  readonly dataSubjectId: string;
  readonly resource: string;
  readonly reason: string;
}

const TABLE = 'security_access_audit';

/**
 * The access audit (PIPL): a PostgreSQL table beside the event store, outside every stream and
 * public event. A read of personal data is shown only once its audit rows are written.
 */
@Injectable()
export class AccessAudit {
  private ready?: Promise<void>;

  constructor(
    @Inject(Infrastructure) private readonly infrastructure: Infrastructure,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async record(access: PersonalDataAccess): Promise<void> {
    await this.ensureTable();
    const { principal } = access;
    await this.infrastructure.pg.query(
      `INSERT INTO ${TABLE} (service, actor_subject, actor_role, actor_unit, data_subject_id, resource, reason)
       SELECT $1, $2, $3, $4, subject, $6, $7 FROM unnest($5::text[]) AS subject`,
      [this.config.serviceName, principal.subject, principal.role, principal.unitId, [...access.dataSubjectIds], access.resource, access.reason],
    );
  }

  /** The reads of one data subject's personal data, oldest first (for the subject or an auditor). */
  async readsOf(dataSubjectId: string): Promise<AccessAuditRow[]> {
    await this.ensureTable();
    const { rows } = await this.infrastructure.pg.query<Record<string, string | Date>>(
      `SELECT at, service, actor_subject, actor_role, actor_unit, data_subject_id, resource, reason FROM ${TABLE} WHERE data_subject_id = $1 ORDER BY id`,
      [dataSubjectId],
    );
    return rows.map((row) => ({
      at: (row['at'] as Date).toISOString(),
      service: String(row['service']),
      actorSubject: String(row['actor_subject']),
      actorRole: String(row['actor_role']),
      actorUnit: String(row['actor_unit']),
      dataSubjectId: String(row['data_subject_id']),
      resource: String(row['resource']),
      reason: String(row['reason']),
    }));
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.create().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async create(): Promise<void> {
    // Serialise the DDL across services sharing the database (CREATE … IF NOT EXISTS races otherwise).
    await inTransaction(this.infrastructure.pg, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('linli.security_access_audit'))");
      await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
        id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), service text NOT NULL,
        actor_subject text NOT NULL, actor_role text NOT NULL, actor_unit text NOT NULL,
        data_subject_id text NOT NULL, resource text NOT NULL, reason text NOT NULL)`);
      await client.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_subject ON ${TABLE} (data_subject_id)`);
    });
  }
}
