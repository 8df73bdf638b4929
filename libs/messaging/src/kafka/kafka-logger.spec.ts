import { logLevel } from 'kafkajs';
import { kafkaLogCreator, type LoggerLike } from './kafka-logger.js';

function recordingLogger() {
  const lines: { level: string; fields: object; message: string }[] = [];
  const at = (level: string) => (fields: object, message: string) => void lines.push({ level, fields, message });
  const logger: LoggerLike = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
  return { lines, logger };
}

describe('kafkajs logs', () => {
  it('go to the logger at their level with identifiers and the error text only, never a payload', () => {
    const { lines, logger } = recordingLogger();
    const log = kafkaLogCreator(logger)(logLevel.ERROR);
    log({
      namespace: 'Producer',
      level: logLevel.ERROR,
      label: 'ERROR',
      log: { timestamp: 'now', message: 'Failed to send', broker: 'b:9092', topic: 'linli.disputes.v1', error: 'timeout', messages: [{ value: '{"phone":"13800000000"}' }] } as never,
    });
    expect(lines).toEqual([{ level: 'error', message: 'Failed to send', fields: { namespace: 'Producer', broker: 'b:9092', topic: 'linli.disputes.v1', error: 'timeout' } }]);
  });

  it('map warnings and informational lines to their pino levels', () => {
    const { lines, logger } = recordingLogger();
    const log = kafkaLogCreator(logger)(logLevel.DEBUG);
    for (const level of [logLevel.WARN, logLevel.INFO, logLevel.DEBUG]) log({ namespace: 'x', level, label: '', log: { timestamp: 'now', message: 'm' } });
    expect(lines.map((line) => line.level)).toEqual(['warn', 'info', 'debug']);
  });
});
