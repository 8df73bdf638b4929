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
  readonly shutdownTimeoutMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Raised when a variable is missing or malformed; its message names the variable and the rule. */
export class ConfigError extends Error {
  constructor(readonly variable: string, rule: string) {
    super(`invalid configuration: ${variable} ${rule}`);
    this.name = 'ConfigError';
  }
}
