import pino from 'pino';
import { keepTrying } from './keep-trying.js';

const quietLogger = () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
};

describe('starting something whose dependency may not answer yet', () => {
  it('tries again after each failure, saying so with the attempt, and returns what the start returned', async () => {
    const { logger, lines } = quietLogger();
    const result = await keepTrying({ message: 'broker not reachable yet; retrying', logger, stopped: () => false, maxDelayMs: 1, context: { group: 'g1' } }, async (attempt) => {
      if (attempt < 3) throw new Error(`connect ECONNREFUSED (${attempt})`);
      return `started on attempt ${attempt}`;
    });
    expect(result).toBe('started on attempt 3');
    expect(lines.map(({ msg, attempt, err, group }) => ({ msg, attempt, err, group }))).toEqual([
      { msg: 'broker not reachable yet; retrying', attempt: 1, err: 'connect ECONNREFUSED (1)', group: 'g1' },
      { msg: 'broker not reachable yet; retrying', attempt: 2, err: 'connect ECONNREFUSED (2)', group: 'g1' },
    ]);
  });

  it('cleans up after each failed attempt', async () => {
    const { logger } = quietLogger();
    let cleanups = 0;
    await keepTrying({ message: 'retrying', logger, stopped: () => false, maxDelayMs: 1, afterFailure: async () => void cleanups++ }, async (attempt) => {
      if (attempt < 4) throw new Error('down');
    });
    expect(cleanups).toBe(3);
  });

  it('gives up when the service stops, without starting', async () => {
    const { logger } = quietLogger();
    let stopping = false;
    let attempts = 0;
    const result = await keepTrying({ message: 'retrying', logger, stopped: () => stopping, maxDelayMs: 1 }, async () => {
      attempts++;
      stopping = true;
      throw new Error('down');
    });
    expect(result).toBeUndefined();
    expect(attempts).toBe(1);
  });
});
