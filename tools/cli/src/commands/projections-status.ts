import { consumerLag, totalLag } from '@linli/messaging';
import { ProjectionCatalog, ProjectionCheckpoints, rebuildRatio } from '@linli/projections';
import { CONSUMED_TOPICS, RATINGS_STREAM_PREFIX } from '@linli/ratings-read-models';
import { Kafka, logLevel } from 'kafkajs';
import { EXIT, type CliCommand } from '../command.js';
import { kafkaBrokers } from '../endpoints.js';
import { openMongo, openStore, readModelPrefix, rebuildable, Unavailable } from './projections-support.js';

/** The consumer group's lag on the consumed topics, or null when Kafka is not configured or does not answer. */
async function kafkaLag(group: string): Promise<number | null> {
  let brokers: string[];
  try {
    brokers = kafkaBrokers();
  } catch {
    return null;
  }
  const admin = new Kafka({ clientId: 'linli-cli', brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    return totalLag(await consumerLag(admin, group, CONSUMED_TOPICS.filter((topic) => existing.has(topic))));
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** `linli projections status`: each projection's active collection and rebuild, and how far the live feed is behind. */
export const projectionsStatusCommand: CliCommand = {
  group: 'projections',
  name: 'status',
  summary: 'show each projection: active collection, rebuild in progress, position and lag',
  usage: '[--group linli-ratings] [--prefix ratings] [--schema linli] [--json]',
  async run(args, out) {
    const projections = rebuildable(args);
    const group = typeof args.flags['group'] === 'string' ? args.flags['group'] : 'linli-ratings';
    let connection;
    let store;
    try {
      connection = await openMongo();
      store = await openStore(args);
    } catch (error) {
      await connection?.close();
      if (!(error instanceof Unavailable)) throw error;
      out.error(error.message);
      return EXIT.unavailable;
    }
    try {
      const catalog = await new ProjectionCatalog(connection).entries(projections.map((p) => p.name));
      const own = (await new ProjectionCheckpoints(connection).load(`${readModelPrefix(args)}-own-events`)) ?? 0n;
      const [head, pending, kafka] = await Promise.all([
        store.headPosition(),
        store.readAll({ fromPosition: own, filter: { streamPrefixes: [RATINGS_STREAM_PREFIX] }, limit: 10_001 }),
        kafkaLag(group),
      ]);
      const rows = projections.map((p) => {
        const entry = catalog.get(p.name);
        const rebuild = entry?.rebuild;
        const ratio = rebuild ? rebuildRatio(rebuild) : null;
        return { name: p.name, version: p.version, active: entry?.active ?? `${p.name}_v${p.version}`, generation: entry?.generation ?? 0, rebuild: rebuild ? { target: rebuild.target, phase: rebuild.phase, position: rebuild.position.replace(/^0+(?=\d)/, ''), ratio } : null };
      });
      const lag = { ownEvents: pending.length, kafka };
      const lines = [
        `${'projection'.padEnd(34)} ${'active collection'.padEnd(40)} rebuild`,
        ...rows.map((r) => `${r.name.padEnd(34)} ${r.active.padEnd(40)} ${r.rebuild ? `${r.rebuild.phase} ${((r.rebuild.ratio ?? 0) * 100).toFixed(1)}% → ${r.rebuild.target}` : '-'}`),
        '',
        `log head ${head}; own events applied up to ${own} (${pending.length > 10_000 ? '>10000' : pending.length} behind); Kafka group ${group} lag ${kafka ?? 'unknown'}`,
      ];
      out.print(lines.join('\n'), { head: head.toString(), ownEventsPosition: own.toString(), group, lag, projections: rows });
      return EXIT.ok;
    } finally {
      await store.close();
      await connection.close();
    }
  },
};
