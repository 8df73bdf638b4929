import { ConfigError } from './service-config.js';
import { parseInteger, parseOnOff, parseServiceConfig } from './parse-config.js';

const service = { name: 'disputes', defaultPort: 3002 };
const valid = {
  DATABASE_URL: 'postgres://linli:linli@127.0.0.1:5432/linli',
  KAFKA_BROKERS: '127.0.0.1:9092,kafka-1.internal:9092',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/linli',
};

function errorFor(env: Record<string, string | undefined>): ConfigError {
  try {
    parseServiceConfig(env, service);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('service configuration', () => {
  it('takes the endpoints from the environment and the service default port', () => {
    const config = parseServiceConfig(valid, service);
    expect(config).toMatchObject({ port: 3002, kafkaBrokers: ['127.0.0.1:9092', 'kafka-1.internal:9092'], logLevel: 'info', mongodbMaxPoolSize: 10, logFile: undefined, relayProducer: 'worker' });
    expect(parseServiceConfig({ ...valid, LOG_FILE: ' /var/log/linli/disputes.log ' }, service).logFile).toBe('/var/log/linli/disputes.log');
  });

  it('lets PORT override the default port', () => {
    expect(parseServiceConfig({ ...valid, PORT: '4002' }, service).port).toBe(4002);
  });

  it('runs the relay producer on the relay thread when RELAY_PRODUCER=thread', () => {
    expect(parseServiceConfig({ ...valid, RELAY_PRODUCER: 'thread' }, service).relayProducer).toBe('thread');
  });

  it.each([
    ['DATABASE_URL', { ...valid, DATABASE_URL: 'not a url' }, /must be a URL/],
    ['DATABASE_URL', { ...valid, DATABASE_URL: 'mysql://h/db' }, /must use postgres/],
    ['DATABASE_URL', { ...valid, DATABASE_URL: undefined }, /is required/],
    ['KAFKA_BROKERS', { ...valid, KAFKA_BROKERS: 'localhost' }, /host:port/],
    ['MONGODB_URI', { ...valid, MONGODB_URI: 'http://x' }, /must use mongodb/],
    ['PORT', { ...valid, PORT: '70000' }, /between 1 and 65535/],
    ['LOG_LEVEL', { ...valid, LOG_LEVEL: 'loud' }, /must be one of/],
    ['MONGODB_MAX_POOL_SIZE', { ...valid, MONGODB_MAX_POOL_SIZE: '0' }, /between 1 and 500/],
    ['RELAY_PRODUCER', { ...valid, RELAY_PRODUCER: 'process' }, /must be one of worker, thread/],
  ])('rejects a bad %s, naming it', (variable, env, rule) => {
    const error = errorFor(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toMatch(rule);
  });
});

describe('settings a service adds to its own configuration', () => {
  it('reads an on/off switch in the usual spellings, and the fallback when unset', () => {
    expect(['1', 'true', 'ON', 'yes'].map((raw) => parseOnOff({ FLAG: raw }, 'FLAG', false))).toEqual([true, true, true, true]);
    expect(['0', 'false', 'Off', 'no'].map((raw) => parseOnOff({ FLAG: raw }, 'FLAG', true))).toEqual([false, false, false, false]);
    expect(parseOnOff({}, 'FLAG', true)).toBe(true);
  });

  it('rejects a switch that is neither, naming the variable', () => {
    expect(() => parseOnOff({ FLAG: 'maybe' }, 'FLAG', true)).toThrow(/FLAG.*must be true or false/);
  });

  it('keeps an integer setting within its bounds', () => {
    expect(parseInteger({ LIMIT: '25' }, 'LIMIT', 10, 1, 100)).toBe(25);
    expect(() => parseInteger({ LIMIT: '2.5' }, 'LIMIT', 10, 1, 100)).toThrow(/LIMIT.*must be an integer/);
    expect(() => parseInteger({ LIMIT: '0' }, 'LIMIT', 10, 1, 100)).toThrow(/LIMIT.*between 1 and 100/);
  });
});
