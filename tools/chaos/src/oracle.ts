// The oracle, checked once the stack is quiet after a scenario:
// 1. every acknowledged command is stored exactly once, an uncertain one at most once and never partially;
// 2. every stream's revisions are contiguous, without duplicates;
// 3. every stored event the gateways of organizations, disputes and property-services publish reached
//    its topic at least once (and consumers applied each once in effect: 4);
// 4. every read model equals a fresh in-memory rebuild from the event store, document for document,
//    and counters equal counts computed from the store;
// 5. no dead letters unless the scenario injected poison; the consumer groups' lag is zero.
import { setTimeout as sleep } from 'node:timers/promises';
import { DISPUTES_TOPIC, disputesGateway, HOTLINE_TICKETS_TOPIC, organizationsGateway, PROPERTY_TOPIC, propertyGateway, publish, type Gateway } from '@linli/contracts';
import { DISPUTES_READ_MODELS, disputesProjections, disputeSummariesProjection } from '@linli/disputes-read-models';
import { createPostgresEventStore, type PostgresEventStore, type RecordedEvent } from '@linli/event-store';
import { consumerLag } from '@linli/messaging';
import { communitiesProjection, organizationsProjections } from '@linli/organizations-read-models';
import { companiesProjection, contractsProjection, propertyServicesProjections } from '@linli/property-services-read-models';
import { collectionName, eventStoreReplay, foldEvent, fromRecorded, ProjectionCatalog, strip, type ProjectedEvent, type Projection, type ReplaySource, type StoredDoc } from '@linli/projections';
import { CONSUMED_TOPICS, ratingsReadModels, REPLAY_FILTER, replayedEvent } from '@linli/ratings-read-models';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import { judgeCommands, type StoredRow } from './judge.js';
import type { Ledger } from './load.js';
import { ENDPOINTS } from './stack.js';

export const RATINGS_GROUP = 'linli-ratings';
/** The disputes service's consumer group of 12345 hotline tickets (nothing is sent on its topic: its lag must stay 0). */
export const HOTLINE_GROUP = 'linli-disputes-hotline';
export const ORGANIZATIONS_TOPIC = 'linli.organizations.v1';

/** The services that publish: the streams each owns, its relay (checkpoint name), its gateway and its topic. */
export const PUBLISHERS: readonly { readonly relay: string; readonly streamPrefix: string; readonly gateway: Gateway; readonly topic: string }[] = [
  { relay: 'organizations', streamPrefix: 'organizations.', gateway: organizationsGateway, topic: ORGANIZATIONS_TOPIC },
  { relay: 'disputes', streamPrefix: 'disputes.', gateway: disputesGateway, topic: DISPUTES_TOPIC },
  { relay: 'property-services', streamPrefix: 'property.', gateway: propertyGateway, topic: PROPERTY_TOPIC },
];

export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface OracleExpectations {
  /** Dead letters the scenario parked on purpose (and has not retried yet). */
  readonly parked?: number;
  /** The scenario must have caused redelivery: Kafka holds some event more than once. */
  readonly duplicatesOnKafka?: boolean;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, function replacer(this: unknown, _key, raw: unknown) {
    const item = raw as { _bsontype?: string; toString(): string } | null;
    if (typeof raw === 'bigint') return raw.toString();
    if (item && typeof item === 'object' && item._bsontype) return item.toString();
    if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)) {
      return Object.fromEntries(Object.keys(item).sort().map((k) => [k, (item as Record<string, unknown>)[k]]));
    }
    return raw;
  });

export class Oracle {
  /** Event ids delivered more than once, as of the last check (a scenario that duplicates must add some). */
  private duplicatedBefore = 0;

  private constructor(
    readonly pool: pg.Pool,
    readonly store: PostgresEventStore,
    readonly kafka: Kafka,
    readonly admin: Admin,
    readonly mongo: Connection,
    readonly schema: string,
  ) {}

  static async open(): Promise<Oracle> {
    const pool = new pg.Pool({ connectionString: ENDPOINTS.DATABASE_URL, max: 4, application_name: 'linli-chaos-oracle' });
    pool.on('error', () => undefined); // an idle client died with a restarted server: the pool replaces it
    const schemaRow = await pool.query<{ table_schema: string }>("select table_schema from information_schema.tables where table_name = 'linli_events' order by table_schema = 'linli' desc limit 1");
    const schema = schemaRow.rows[0]?.table_schema ?? 'linli';
    const store = await createPostgresEventStore({ pool, schema });
    const kafka = new Kafka({ clientId: 'linli-chaos-oracle', brokers: [ENDPOINTS.KAFKA_BROKERS], logLevel: logLevel.NOTHING, retry: { retries: 8 } });
    const admin = kafka.admin();
    await admin.connect();
    const mongo = await mongoose.createConnection(ENDPOINTS.MONGODB_URI, { serverSelectionTimeoutMS: 30_000 }).asPromise();
    return new Oracle(pool, store, kafka, admin, mongo, schema);
  }

  async close(): Promise<void> {
    await this.admin.disconnect().catch(() => undefined);
    await this.mongo.close().catch(() => undefined);
    await this.store.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  private get events(): string {
    return `"${this.schema}".linli_events`;
  }

  /** Waits until the relay has published everything stored and the ratings group has consumed it all. */
  async quiet(timeoutMs = 180_000): Promise<{ quiet: boolean; waitedMs: number }> {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      try {
        const relayed = await this.relayCaughtUp();
        const lag = relayed ? await this.totalLag() : Number.POSITIVE_INFINITY;
        if (relayed && lag === 0) return { quiet: true, waitedMs: Date.now() - t0 };
      } catch {
        // a server is still coming back
      }
      await sleep(1_000);
    }
    return { quiet: false, waitedMs: Date.now() - t0 };
  }

  /** True when every publishing service's relay checkpoint is at the head of its streams. */
  private async relayCaughtUp(): Promise<boolean> {
    for (const { relay, streamPrefix } of PUBLISHERS) {
      const { rows } = await this.pool.query<{ head: string | null; checkpoint: string | null }>(
        `select (select max(global_position) from ${this.events} where stream_name like $1)::text as head,
                (select position from "${this.schema}".linli_relay_checkpoints where name = $2)::text as checkpoint`,
        [`${streamPrefix}%`, relay],
      );
      const { head, checkpoint } = rows[0] ?? { head: null, checkpoint: null };
      if (!(head === null || (checkpoint !== null && BigInt(checkpoint) >= BigInt(head)))) return false;
    }
    return true;
  }

  /** The lag of the ratings group on its three topics and of the hotline group on the tickets topic. */
  private async lags(): Promise<{ ratings: number; hotline: number }> {
    const sum = (lags: readonly { lag: number }[]) => lags.reduce((total, lag) => total + Math.max(0, lag.lag), 0);
    return { ratings: sum(await consumerLag(this.admin, RATINGS_GROUP, CONSUMED_TOPICS)), hotline: sum(await consumerLag(this.admin, HOTLINE_GROUP, [HOTLINE_TICKETS_TOPIC])) };
  }

  private async totalLag(): Promise<number> {
    const { ratings, hotline } = await this.lags();
    return ratings + hotline;
  }

  /** Runs every check; read-model comparisons are retried for a while (the live side may still be writing). */
  async verify(ledger: Ledger, expect: OracleExpectations = {}): Promise<Check[]> {
    const quiet = await this.quiet();
    const checks: Check[] = [];
    const attempt = async (name: string, fn: () => Promise<Check>) => {
      try {
        checks.push(await fn());
      } catch (error) {
        checks.push({ name, ok: false, detail: `the check itself failed: ${(error as Error).message}` });
      }
    };
    await attempt('1 commands', () => this.commands(ledger));
    await attempt('2 revisions', () => this.revisions());
    await attempt('3 kafka', () => this.kafkaDelivery(expect));
    await attempt('4 read models', () => this.readModelsSettled());
    await attempt('5 dead letters + lag', async () => {
      const check = await this.deadLettersAndLag(expect);
      return quiet.quiet ? check : { ...check, ok: false, detail: `${check.detail}; the stack did not go quiet within ${quiet.waitedMs} ms` };
    });
    return checks;
  }

  async commands(ledger: Ledger): Promise<Check> {
    const { rows } = await this.pool.query<StoredRow>(
      `select metadata->>'idempotencyKey' as key, stream_name, stream_revision::text, global_position::text, event_type
         from ${this.events} where metadata->>'idempotencyKey' like $1 order by global_position`,
      [`${ledger.run}-%`],
    );
    const { problems, appliedUncertain } = judgeCommands(ledger.records, rows);
    const c = ledger.counts();
    // acknowledged/rejected/uncertain per kind of command, e.g. report-dispute 20/0/1
    const kinds = new Map<string, [number, number, number]>();
    for (const record of ledger.records) {
      const tally = kinds.get(record.what) ?? [0, 0, 0];
      tally[record.outcome === 'acknowledged' ? 0 : record.outcome === 'rejected' ? 1 : 2]++;
      kinds.set(record.what, tally);
    }
    const perKind = [...kinds].map(([what, [a, r, u]]) => `${what} ${a}/${r}/${u}`).join(', ');
    return {
      name: '1 commands',
      ok: problems.length === 0,
      detail: `${ledger.records.length} commands: ${c.acknowledged} acknowledged (each stored exactly once), ${c.rejected} rejected (none stored), ${c.uncertain} uncertain (${appliedUncertain} stored whole, ${c.uncertain - appliedUncertain} not at all); acknowledged/rejected/uncertain by command: ${perKind}${problems.length ? `; PROBLEMS: ${problems.slice(0, 5).join('; ')}` : ''}`,
    };
  }

  async revisions(): Promise<Check> {
    const { rows } = await this.pool.query<{ streams: string; events: string; broken: string; example: string | null }>(
      `with s as (select stream_name, count(*) n, count(distinct stream_revision) d, min(stream_revision) lo, max(stream_revision) hi from ${this.events} group by stream_name)
       select count(*)::text streams, coalesce(sum(n), 0)::text events,
              count(*) filter (where lo <> 0 or hi <> n - 1 or d <> n)::text broken,
              min(stream_name) filter (where lo <> 0 or hi <> n - 1 or d <> n) example from s`,
    );
    const row = rows[0] ?? { streams: '0', events: '0', broken: '0', example: null };
    return { name: '2 revisions', ok: row.broken === '0', detail: `${row.streams} streams, ${row.events} events, ${row.broken} with gaps or duplicates${row.example ? ` (e.g. ${row.example})` : ''}` };
  }

  /** The CloudEvent ids on a topic, read from the beginning to the end offsets taken now. */
  async idsOnTopic(topic: string): Promise<{ messages: number; ids: Map<string, number> }> {
    const offsets = await this.admin.fetchTopicOffsets(topic);
    const ends = new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
    const pending = new Set(offsets.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => o.partition));
    const ids = new Map<string, number>();
    let messages = 0;
    if (pending.size === 0) return { messages, ids };
    const groupId = `linli-chaos-oracle-${Date.now()}`;
    const consumer = this.kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      let resolveDone: () => void = () => undefined;
      const done = new Promise<void>((r) => (resolveDone = r));
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          if (BigInt(message.offset) >= (ends.get(partition) ?? 0n)) return;
          messages++;
          try {
            const id = (JSON.parse(message.value?.toString() ?? '{}') as { id?: string }).id ?? '(no id)';
            ids.set(id, (ids.get(id) ?? 0) + 1);
          } catch {
            ids.set('(not json)', (ids.get('(not json)') ?? 0) + 1);
          }
          if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) {
            pending.delete(partition);
            if (pending.size === 0) resolveDone();
          }
        },
      });
      await Promise.race([done, sleep(120_000, undefined, { ref: false }).then(() => Promise.reject(new Error(`reading ${topic} did not reach its end offsets within 120 s`)))]);
    } finally {
      await consumer.disconnect().catch(() => undefined);
      await this.admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return { messages, ids };
  }

  /** Every stored event each gateway publishes is on the topic its contract names (a gateway may publish to more than its main topic). */
  async kafkaDelivery(expect: OracleExpectations): Promise<Check> {
    const expected = new Map<string, string[]>(PUBLISHERS.map((p) => [p.topic, []]));
    for (const { streamPrefix, gateway } of PUBLISHERS) {
      for (const event of await this.store.readAll({ filter: { streamPrefixes: [streamPrefix] } })) {
        const published = publish(gateway, event);
        if (published === null) continue;
        const ids = expected.get(published.contract.topic) ?? [];
        ids.push(published.event.id);
        expected.set(published.contract.topic, ids);
      }
    }
    const problems: string[] = [];
    const parts: string[] = [];
    let duplicated = 0;
    let stored = 0;
    for (const [topic, ids] of expected) {
      const onTopic = await this.idsOnTopic(topic);
      const missing = ids.filter((id) => !onTopic.ids.has(id));
      const twice = [...onTopic.ids.values()].filter((n) => n > 1).length;
      duplicated += twice;
      stored += ids.length;
      parts.push(`${topic}: ${ids.length} stored, ${onTopic.messages} messages (${onTopic.ids.size} distinct, ${twice} more than once)`);
      if (missing.length > 0) problems.push(`${missing.length} stored events never reached ${topic} (e.g. ${missing[0]})`);
    }
    const added = duplicated - this.duplicatedBefore;
    if (expect.duplicatesOnKafka && added <= 0) problems.push(`the scenario should have added duplicates on Kafka and did not (${duplicated} before and after): the fault did not bite`);
    this.duplicatedBefore = duplicated;
    return {
      name: '3 kafka',
      ok: problems.length === 0,
      detail: `${stored} public events stored; ${parts.join('; ')}; ${added} more delivered more than once than before${problems.length ? `; PROBLEMS: ${problems.join('; ')}` : ''}`,
    };
  }

  async readModelsSettled(timeoutMs = 90_000): Promise<Check> {
    let last: Check | undefined;
    for (const deadline = Date.now() + timeoutMs; ; await sleep(2_000)) {
      last = await this.readModels();
      if (last.ok || Date.now() > deadline) return last;
    }
  }

  async readModels(): Promise<Check> {
    const problems: string[] = [];
    let documents = 0;
    // organizations: its own log, folded in global order
    const own = await rebuildInMemory(organizationsProjections, eventStoreReplay(this.store, (e: RecordedEvent) => fromRecorded(e, 'organizations'), { streamPrefixes: ['organizations.'] }));
    for (const projection of organizationsProjections) {
      const diff = await this.compare(collectionName(projection), own.get(projection.name) ?? new Map());
      documents += diff.documents;
      if (diff.problem) problems.push(`${projection.name}: ${diff.problem}`);
    }
    // disputes and property-services: their own logs, folded in global order as their runners do
    const owners = [
      { source: DISPUTES_READ_MODELS.source, prefix: DISPUTES_READ_MODELS.streamPrefix, projections: disputesProjections },
      { source: 'property-services', prefix: 'property.', projections: propertyServicesProjections },
    ];
    for (const { source, prefix, projections } of owners) {
      const folded = await rebuildInMemory(projections, eventStoreReplay(this.store, (e: RecordedEvent) => fromRecorded(e, source), { streamPrefixes: [prefix] }));
      for (const projection of projections) {
        const diff = await this.compare(collectionName(projection), folded.get(projection.name) ?? new Map());
        documents += diff.documents;
        if (diff.problem) problems.push(`${projection.name}: ${diff.problem}`);
      }
    }
    // ratings: the other contexts' public events as the relay publishes them, plus its own
    const models = ratingsReadModels();
    const rebuilt = await rebuildInMemory(models.all, eventStoreReplay(this.store, replayedEvent, REPLAY_FILTER));
    const entries = await new ProjectionCatalog(this.mongo).entries(models.all.map((p) => p.name));
    for (const projection of models.all) {
      const active = entries.get(projection.name)?.active ?? collectionName(projection);
      const diff = await this.compare(active, rebuilt.get(projection.name) ?? new Map());
      documents += diff.documents;
      if (diff.problem) problems.push(`${projection.name} (${active}): ${diff.problem}`);
    }
    // counters straight from the store
    const { rows } = await this.pool.query<{ communities: string; pilots: string }>(
      `select count(*) filter (where event_type = 'organizations.ResidentialCommunityRegistered')::text communities,
              (count(*) filter (where event_type = 'organizations.PilotDesignated') - count(*) filter (where event_type = 'organizations.PilotWithdrawn'))::text pilots
         from ${this.events} where stream_name like 'organizations.%'`,
    );
    const communities = this.mongo.collection(collectionName(communitiesProjection));
    const liveCommunities = await communities.countDocuments({ _deleted: { $ne: true } });
    const livePilots = await communities.countDocuments({ _deleted: { $ne: true }, pilot: { $ne: null } });
    const counted = rows[0] ?? { communities: '0', pilots: '0' };
    if (String(liveCommunities) !== counted.communities) problems.push(`communities: read model counts ${liveCommunities}, the store ${counted.communities}`);
    if (String(livePilots) !== counted.pilots) problems.push(`pilots: read model counts ${livePilots}, the store ${counted.pilots}`);
    const others = await this.pool.query<{ disputes: string; companies: string; contracts: string }>(
      `select count(*) filter (where event_type = 'disputes.DisputeReported')::text disputes,
              count(*) filter (where event_type = 'property.CompanyRegistered')::text companies,
              count(*) filter (where event_type = 'property.ContractSigned')::text contracts
         from ${this.events} where stream_name like 'disputes.%' or stream_name like 'property.%'`,
    );
    const store = others.rows[0] ?? { disputes: '0', companies: '0', contracts: '0' };
    const live = {
      disputes: await this.mongo.collection(collectionName(disputeSummariesProjection)).countDocuments({ _deleted: { $ne: true } }),
      companies: await this.mongo.collection(collectionName(companiesProjection)).countDocuments({ _deleted: { $ne: true } }),
      contracts: await this.mongo.collection(collectionName(contractsProjection)).countDocuments({ _deleted: { $ne: true } }),
    };
    for (const what of ['disputes', 'companies', 'contracts'] as const) if (String(live[what]) !== store[what]) problems.push(`${what}: read model counts ${live[what]}, the store ${store[what]}`);
    const readModelCount = organizationsProjections.length + disputesProjections.length + propertyServicesProjections.length + models.all.length;
    return {
      name: '4 read models',
      ok: problems.length === 0,
      detail: `${readModelCount} read models, ${documents} documents compared with a fresh rebuild; in the read models / counted in the store: ${liveCommunities}/${counted.communities} communities, ${livePilots}/${counted.pilots} pilots, ${live.disputes}/${store.disputes} disputes, ${live.companies}/${store.companies} companies, ${live.contracts}/${store.contracts} contracts${problems.length ? `; PROBLEMS: ${problems.slice(0, 6).join('; ')}` : ''}`,
    };
  }

  private async compare(collection: string, rebuilt: Map<string, StoredDoc>): Promise<{ documents: number; problem?: string }> {
    const live = new Map<string, string>();
    for (const doc of await this.mongo.collection(collection).find({ _deleted: { $ne: true } }).toArray()) live.set(String(doc._id), canonical(strip(doc)));
    const fresh = new Map<string, string>();
    for (const [id, doc] of rebuilt) if (!doc._deleted) fresh.set(id, canonical(strip(doc)));
    const missing = [...fresh.keys()].filter((id) => !live.has(id));
    const extra = [...live.keys()].filter((id) => !fresh.has(id));
    const different = [...fresh.keys()].filter((id) => live.has(id) && live.get(id) !== fresh.get(id));
    if (missing.length + extra.length + different.length === 0) return { documents: live.size };
    const first = different[0];
    const example = first ? ` e.g. ${first}: live ${live.get(first)?.slice(0, 300)} vs rebuilt ${fresh.get(first)?.slice(0, 300)}` : '';
    return { documents: live.size, problem: `${missing.length} missing, ${extra.length} extra, ${different.length} different of ${fresh.size}${example}` };
  }

  async deadLettersAndLag(expect: OracleExpectations): Promise<Check> {
    const { rows } = await this.pool.query<{ n: string }>(`select count(*)::text n from "${this.schema}".linli_parked where group_id = $1 and status = 'parked'`, [RATINGS_GROUP]).catch(() => ({ rows: [{ n: '0' }] }));
    const parked = Number(rows[0]?.n ?? 0);
    const lag = await this.lags();
    const problems: string[] = [];
    if (parked !== (expect.parked ?? 0)) problems.push(`${parked} messages parked, expected ${expect.parked ?? 0}`);
    if (lag.ratings !== 0) problems.push(`${RATINGS_GROUP} lag ${lag.ratings}`);
    if (lag.hotline !== 0) problems.push(`${HOTLINE_GROUP} lag ${lag.hotline}`);
    return {
      name: '5 dead letters + lag',
      ok: problems.length === 0,
      detail: `${parked} parked for ${RATINGS_GROUP} (expected ${expect.parked ?? 0}), lag ${lag.ratings} on ${CONSUMED_TOPICS.join(', ')}, ${HOTLINE_GROUP} lag ${lag.hotline}${problems.length ? `; PROBLEMS: ${problems.join('; ')}` : ''}`,
    };
  }
}

/** Folds the whole source through each projection in memory: what a rebuild from scratch produces. */
async function rebuildInMemory(projections: readonly Projection<object>[], source: ReplaySource): Promise<Map<string, Map<string, StoredDoc>>> {
  const docs = new Map(projections.map((p) => [p.name, new Map<string, StoredDoc>()]));
  for (let from = 0n; ; ) {
    const page = await source.read(from, 1_000);
    for (const event of page.events as ProjectedEvent[]) {
      for (const projection of projections) {
        const folded = docs.get(projection.name) ?? new Map<string, StoredDoc>();
        docs.set(projection.name, folded);
        for (const key of projection.keys(event)) foldEvent(projection, folded, key, event);
      }
    }
    if (page.read < 1_000) return docs;
    from = page.last;
  }
}
