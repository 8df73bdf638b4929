import { CONSUMED_TOPICS } from '@linli/ratings-read-models';
import { ConfigError, parseInteger, parseOnOff } from '@linli/service-kit';

type Env = Readonly<Record<string, string | undefined>>;

/** What the ratings service reads from its environment beyond the service kit's settings. */
export interface RatingsConfig {
  /** Names the read models' collections (`<prefix>_community_rating_v1`…). Default `ratings`. */
  readonly readModelPrefix: string;
  /** The Kafka consumer group of the read models. Default `linli-ratings` (the KEDA scaler watches it). */
  readonly consumerGroup: string;
  /** The topics consumed: the three other contexts', with an optional suffix (isolated test topics); none when off. */
  readonly topics: readonly string[];
  /** A projection more than this many events behind makes the service unready. Default 10 000. */
  readonly lagThreshold: number;
  /** Most consecutive messages of a partition applied in one write (and committed together). Default 500. */
  readonly consumerMaxBatch: number;
  /** How long a query with `minPosition` waits for the read models (ms, at most 2000). */
  readonly readYourWritesMs: number;
}

export const RATINGS_CONFIG = Symbol('RATINGS_CONFIG');

/** Parses and validates the ratings settings once at start-up; a ConfigError names the bad variable. */
export function parseRatingsConfig(env: Env): RatingsConfig {
  const prefix = env['RATINGS_READ_MODEL_PREFIX']?.trim() || 'ratings';
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) throw new ConfigError('RATINGS_READ_MODEL_PREFIX', `must be lower-case letters, digits and _ (at most 41), got "${prefix}"`);
  const group = env['RATINGS_CONSUMER_GROUP']?.trim() || 'linli-ratings';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(group)) throw new ConfigError('RATINGS_CONSUMER_GROUP', `must be letters, digits, . _ -, got "${group}"`);
  const suffix = env['RATINGS_TOPIC_SUFFIX']?.trim() ?? '';
  if (!/^[A-Za-z0-9._-]*$/.test(suffix)) throw new ConfigError('RATINGS_TOPIC_SUFFIX', `must be letters, digits, . _ -, got "${suffix}"`);
  const consume = parseOnOff(env, 'RATINGS_CONSUME', true);
  return {
    readModelPrefix: prefix,
    consumerGroup: group,
    topics: consume ? CONSUMED_TOPICS.map((topic) => `${topic}${suffix}`) : [],
    lagThreshold: parseInteger(env, 'RATINGS_PROJECTION_LAG_THRESHOLD', 10_000, 1, 100_000_000),
    readYourWritesMs: parseInteger(env, 'RATINGS_READ_YOUR_WRITES_MS', 2_000, 0, 2_000),
    consumerMaxBatch: parseInteger(env, 'RATINGS_CONSUMER_MAX_BATCH', 500, 1, 10_000),
  };
}
