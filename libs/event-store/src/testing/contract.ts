import type { EventStore } from '../port.js';
import { appendContract } from './contract-append.js';
import { concurrencyContract } from './contract-concurrency.js';
import { inputContract } from './contract-input.js';
import { readContract } from './contract-read.js';
import { subscriptionContract } from './contract-subscription.js';

/** What a contract run needs from an adapter: a store, and how to clean up after it. */
export interface ContractSubject {
  readonly store: EventStore;
  readonly dispose?: () => Promise<void>;
}

/** Gives the sub-suites the store once beforeAll has made it. */
export type StoreAccessor = () => EventStore;

/**
 * The behaviour every EventStore adapter must show, run against a real server. Every test works
 * in streams of its own (unique names, filtered reads), so it also runs on a shared server.
 * Pass `describe.skip` as `suite` when the adapter's server is not configured (say why there).
 */
export function eventStoreContract(name: string, factory: () => Promise<ContractSubject>, suite: jest.Describe = describe): void {
  suite(`${name} event store contract`, () => {
    let subject: ContractSubject | undefined;
    beforeAll(async () => {
      subject = await factory();
    });
    afterAll(async () => {
      await subject?.store.close();
      await subject?.dispose?.();
    });
    const store: StoreAccessor = () => {
      if (!subject) throw new Error('the contract store was not created');
      return subject.store;
    };

    appendContract(store);
    concurrencyContract(store);
    readContract(store);
    subscriptionContract(store);
    inputContract(store);
  });
}
