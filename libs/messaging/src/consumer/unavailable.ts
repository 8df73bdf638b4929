/**
 * Errors that say a dependency is out of reach (the database restarting, a connection dropped, a
 * pool exhausted), not that something is wrong with the message. Parking a message for them would
 * park every message that arrives during an outage, so the consumer waits for the dependency
 * instead: it keeps retrying with capped backoff, heartbeating, until it succeeds or stops.
 */
const UNAVAILABLE_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
]);

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** PostgreSQL SQLSTATEs: connection exceptions (08), operator intervention (57P0x), too many connections. */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-4]|53300)$/;

const UNAVAILABLE_MESSAGES = [
  /buffering timed out/i, // mongoose, while its connection is down
  /Connection terminated/i, // pg, a backend killed under a query
  /connection (is )?closed/i,
  /timeout exceeded when trying to connect/i, // pg pool
  /Client has encountered a connection error/i,
];

/** True when the error (or one of its causes) means "a dependency is unavailable, try again later". */
export function isDependencyUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); current = current.cause) {
    seen.add(current);
    if (UNAVAILABLE_NAMES.has(current.name)) return true;
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current.message))) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isDependencyUnavailable(inner))) return true;
  }
  return false;
}
