import type { LoggerService } from '@nestjs/common';
import { pino, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config/service-config.js';

/** Keys that hold personal data (PIPL); their values never reach a log line. */
const PERSONAL_KEYS = ['name', 'names', 'phone', 'phones', 'room', 'rooms', 'idNumber', 'parties', 'authorization'];

/** Structured JSON logs for one service; personal fields are censored wherever they appear. `file`: append there instead of stdout. */
export function createLogger(service: string, level: LogLevel, file?: string): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: PERSONAL_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]), censor: '[redacted]' },
  } satisfies LoggerOptions;
  return file ? pino(options, pino.destination({ dest: file, sync: true, append: true, mkdir: true })) : pino(options);
}

/** Adapts pino to Nest's LoggerService so framework messages are structured too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
