import type { TracingConfig } from './tracing-config.js';

/** Typed configuration of one service, parsed once at start-up from the environment. */
export interface ServiceConfig {
  readonly serviceName: string;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly kafkaBrokers: readonly string[];
  readonly mongodbUri: string;
  /** Connections (so concurrent operations) to MongoDB per process. */
  readonly mongodbMaxPoolSize: number;
  readonly logLevel: LogLevel;
  /** Where logs go besides stdout (LOG_FILE), e.g. for the log scan of the tests; undefined: stdout only. */
  readonly logFile: string | undefined;
  readonly shutdownTimeoutMs: number;
  /** OpenTelemetry tracing (LINLI_TRACING, off by default). */
  readonly tracing: TracingConfig;
  /** Where the relay's kafkajs producer runs (RELAY_PRODUCER): a worker thread of its own, or the relay's thread. */
  readonly relayProducer: RelayProducerKind;
}

/**
 * `worker` (the default): kafkajs encodes and sends in a thread of its own, beside the relay's
 * reading and mapping (about 1.3× the events/s on 2 cores, ~20 MB more per process). `thread`: the
 * producer shares the relay's thread, for hosts that should not start threads.
 */
export const RELAY_PRODUCERS = ['worker', 'thread'] as const;
export type RelayProducerKind = (typeof RELAY_PRODUCERS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Raised when a variable is missing or malformed; its message names the variable and the rule. */
export class ConfigError extends Error {
  constructor(readonly variable: string, rule: string) {
    super(`invalid configuration: ${variable} ${rule}`);
    this.name = 'ConfigError';
  }
}
