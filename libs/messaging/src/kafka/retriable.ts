/**
 * Runs a Kafka admin operation again while it fails with an error kafkajs marks retriable (a group
 * coordinator moving or still loading, a leader being elected, a connection dropped), backing off
 * up to `timeoutMs`; any other error, or the last retriable one after the timeout, is thrown.
 * kafkajs retries some admin calls itself but not all: on a broker that has just started,
 * `fetchOffsets` answers NOT_COORDINATOR at once while the offsets topic is loading.
 */
export async function retryingRetriable<T>(work: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      return await work();
    } catch (error) {
      if ((error as { retriable?: unknown }).retriable !== true || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
