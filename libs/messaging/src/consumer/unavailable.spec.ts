import { isDependencyUnavailable } from './unavailable.js';

const named = (name: string, message = 'failed') => Object.assign(new Error(message), { name });
const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('telling an unavailable dependency from a faulty message', () => {
  it.each([
    ['MongoDB unreachable', named('MongoServerSelectionError', 'connect ECONNREFUSED')],
    ['MongoDB connection dropped', named('MongoNetworkError', 'connection 3 to 127.0.0.1:17017 closed')],
    ['MongoDB pool cleared', named('MongoPoolClearedError')],
    ['mongoose buffering while disconnected', new Error('Operation `ratings.bulkWrite()` buffering timed out after 10000ms')],
    ['socket refused', coded('ECONNREFUSED')],
    ['socket reset', coded('ECONNRESET')],
    ['PostgreSQL shutting down', coded('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up', coded('57P03', 'the database system is starting up')],
    ['PostgreSQL connection failure', coded('08006')],
    ['PostgreSQL too many connections', coded('53300')],
    ['pg client whose backend died', new Error('Connection terminated unexpectedly')],
    ['wrapped in a cause', new Error('apply failed', { cause: named('MongoNetworkError') })],
    ['inside an AggregateError', new AggregateError([coded('ECONNREFUSED')], 'all addresses failed')],
  ])('%s is unavailable', (_, error) => {
    expect(isDependencyUnavailable(error)).toBe(true);
  });

  it.each([
    ['a plain error', new Error('unknown community rc-1')],
    ['a duplicate key', Object.assign(named('MongoServerError', 'E11000 duplicate key'), { code: 11000 })],
    ['a PostgreSQL constraint violation', coded('23505', 'duplicate key value violates unique constraint')],
    ['a PostgreSQL syntax error', coded('42601')],
    ['not an error at all', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s is the message\'s own failure', (_, error) => {
    expect(isDependencyUnavailable(error)).toBe(false);
  });

  it('survives a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDependencyUnavailable(a)).toBe(false);
  });
});
