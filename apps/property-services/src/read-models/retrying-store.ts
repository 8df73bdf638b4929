import type { EventStore, SubscriptionHandler } from '@linli/event-store';
import type { Logger } from 'pino';

const MAX_DELAY_MS = 5_000;

/**
 * The event store as the projection runner sees it: a batch whose handler fails is handed over
 * again after a pause, until it succeeds or the subscription stops. Applying a batch is
 * idempotent (documents are guarded by the positions they applied), so a retry is harmless. The
 * runner of @linli/projections would otherwise end its subscription on the first error, silently:
 * for example when two instances of the service upsert the same new document at once and one
 * gets a duplicate-key error, after which its read models would never move again.
 */
export function retryingHandlers(store: EventStore, logger: Logger): EventStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'subscribeToAll') return Reflect.get(target, property, receiver) as unknown;
      return (handler: SubscriptionHandler, options?: Parameters<EventStore['subscribeToAll']>[1]) => {
        let stopped = false;
        const subscription = target.subscribeToAll(async (events, checkpoint) => {
          for (let attempt = 1; ; attempt++) {
            try {
              return await handler(events, checkpoint);
            } catch (error) {
              if (stopped) throw error;
              logger.warn({ attempt, position: String(checkpoint.position), err: (error as Error).message }, 'read models: batch failed; retrying');
              await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_DELAY_MS, 50 * 2 ** attempt)));
            }
          }
        }, options);
        return {
          done: subscription.done,
          stop: () => {
            stopped = true;
            return subscription.stop();
          },
        };
      };
    },
  });
}
