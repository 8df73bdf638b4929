import { type KurrentDBClient, START } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope.js';
import type { SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import { matchesFilter } from '../read-options.js';
import { serverFilter, toRecordedEvent } from './mapping.js';
import { decodePosition } from './positions.js';

const DEFAULT_BATCH = 1000;

/**
 * A catch-up subscription to $all. KurrentDB pushes events one by one; they are handed over in
 * batches of whatever has arrived (up to batchSize), so a slow handler sees bigger batches.
 */
export function subscribeToKurrentAll(client: KurrentDBClient, handler: SubscriptionHandler, options: SubscribeOptions): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const from = options.fromCheckpoint?.position;
  const subscription = client.subscribeToAll({
    fromPosition: from === undefined || from === 0n ? START : decodePosition(from), // exclusive, like the port
    filter: serverFilter(options.filter),
  });
  let stopped = false;

  const run = async (): Promise<void> => {
    let batch: RecordedEvent[] = [];
    for await (const resolved of subscription) {
      const event = toRecordedEvent(resolved);
      if (event && matchesFilter(options.filter, event.streamName, event.type)) batch.push(event);
      if (batch.length > 0 && (batch.length >= batchSize || subscription.readableLength === 0)) {
        const delivered = batch;
        batch = [];
        if (stopped) break;
        await handler(delivered, { position: delivered[delivered.length - 1].globalPosition });
      }
      if (stopped) break;
    }
  };

  const done = run().finally(() => subscription.unsubscribe());
  return {
    stop: async () => {
      stopped = true;
      await subscription.unsubscribe();
      await done.catch(() => undefined);
    },
    done,
  };
}
