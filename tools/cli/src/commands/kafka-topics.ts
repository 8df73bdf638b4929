import { catalogue, DEFAULT_PARTITIONS } from '@linli/contracts';
import { deadLetterTopicOf, ensureTopics, type TopicSpec } from '@linli/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { EXIT, UsageError, type Args, type CliCommand } from '../command.js';
import { kafkaBrokers } from '../endpoints.js';
import { Unavailable } from './projections-support.js';

/** The consumer groups the services run; each has a dead-letter topic `<group>.dlq` (one partition). */
export const CONSUMER_GROUPS: readonly string[] = ['linli-ratings', 'linli-disputes-hotline'];

function positiveInteger(args: Args, name: string, fallback: number, min: number): number {
  const raw = args.flags[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > 10_000) throw new UsageError(`--${name} must be an integer between ${min} and 10000, got "${String(raw)}"`);
  return Number(raw);
}

/** Every topic the services use: each contract's topic, and each consumer group's dead-letter topic. */
export function linliTopics(partitions: number, replicationFactor: number, suffix = '', groups: readonly string[] = CONSUMER_GROUPS): TopicSpec[] {
  const contractTopics = [...new Set(catalogue.map((contract) => contract.topic))].map((topic) => ({ topic: `${topic}${suffix}`, partitions, replicationFactor }));
  const deadLetterTopics = groups.map((group) => ({ topic: deadLetterTopicOf(`${group}${suffix}`), partitions: 1, replicationFactor }));
  return [...contractTopics, ...deadLetterTopics];
}

/**
 * `linli kafka topics create`: creates the missing topics of the contracts catalogue and the
 * dead-letter topics (the pre-rollout topics Job). Existing topics are left as they are, even with
 * fewer partitions: adding partitions moves keys, which is a migration (docs/operations.md).
 */
export const kafkaTopicsCreateCommand: CliCommand = {
  group: 'kafka',
  name: 'topics',
  summary: 'create (`create`) or list (`list`) the topics of the contracts catalogue and the dead-letter topics',
  usage: 'create|list [--partitions N (default 3)] [--replication-factor R (default -1: the broker default)] [--suffix S] [--json]',
  async run(args, out) {
    const [action] = args.positional;
    if (action !== 'create' && action !== 'list') throw new UsageError(`say what to do with the topics: create or list${action ? `, not "${action}"` : ''}`);
    const partitions = positiveInteger(args, 'partitions', DEFAULT_PARTITIONS, 1);
    const replicationFactor = positiveInteger(args, 'replication-factor', -1, -1);
    if (replicationFactor === 0) throw new UsageError('--replication-factor must be -1 (the broker default) or at least 1, got "0"');
    const suffix = typeof args.flags['suffix'] === 'string' ? args.flags['suffix'] : '';
    const wanted = linliTopics(partitions, replicationFactor, suffix);
    const admin = new Kafka({ clientId: 'linli-cli', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
    try {
      await admin.connect();
    } catch (error) {
      out.error(new Unavailable(`Kafka did not answer: ${(error as Error).message}`).message);
      return EXIT.unavailable;
    }
    try {
      const before = new Set(await admin.listTopics());
      if (action === 'create') await ensureTopics(admin, wanted);
      const metadata = await admin.fetchTopicMetadata({ topics: wanted.map((spec) => spec.topic).filter((topic) => action === 'create' || before.has(topic)) });
      const found = new Map(metadata.topics.map((topic) => [topic.name, topic.partitions.length]));
      const rows = wanted.map((spec) => ({ topic: spec.topic, partitions: found.get(spec.topic) ?? null, state: !before.has(spec.topic) ? (action === 'create' ? 'created' : 'missing') : 'existed' }));
      out.print(rows.map((row) => `${row.topic.padEnd(48)} ${String(row.partitions ?? '-').padStart(3)} partitions  ${row.state}`).join('\n'), { topics: rows });
      return rows.some((row) => row.state === 'missing') ? EXIT.failed : EXIT.ok;
    } finally {
      await admin.disconnect();
    }
  },
};
