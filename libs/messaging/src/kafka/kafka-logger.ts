import { logLevel, type logCreator } from 'kafkajs';

/** The part of a pino logger kafkajs logs go to. */
export interface LoggerLike {
  error(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

// Only these fields of a kafkajs log entry are passed on: identifiers and the error text. Anything
// else (kafkajs may attach request or message details) is dropped, so no payload, and no personal
// data in a payload, can reach a log line.
const SAFE_FIELDS = ['broker', 'clientId', 'groupId', 'memberId', 'topic', 'partition', 'error', 'retryCount', 'retryTime'] as const;

/** Routes kafkajs logs to a pino-compatible logger; pass it as `logCreator` with `logLevel: logLevel.WARN`. */
export function kafkaLogCreator(logger: LoggerLike): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const fields: Record<string, unknown> = { namespace };
      for (const name of SAFE_FIELDS) if (log[name] !== undefined) fields[name] = log[name];
      const method = level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : level === logLevel.INFO ? 'info' : 'debug';
      logger[method](fields, log.message);
    };
}
