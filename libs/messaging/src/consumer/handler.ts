import type { ContractEvent } from '@linli/contracts';
import type pg from 'pg';

/** Where a message came from and how often it has been tried. */
export interface MessageContext {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  /** 1 on the first try. */
  readonly attempt: number;
  /**
   * With an inbox: the transaction that records the event id. Write the effect through it and it
   * commits together with the inbox row (exactly-once effect). Without an inbox it is undefined and
   * the handler guards itself, e.g. a projection ignoring positions at or below the stored one.
   */
  readonly tx?: pg.PoolClient;
}

/** Applies one valid CloudEvent. Throwing means "not applied": it is retried, then parked. */
export type MessageHandler = (message: ContractEvent, context: MessageContext) => Promise<void>;

/** One message of a batch, with where it came from. */
export interface BatchItem {
  readonly message: ContractEvent;
  readonly context: MessageContext;
}

/**
 * Applies consecutive valid messages of one partition together, in order (e.g. one bulk write for
 * all of them). Throwing means "not all applied": the batch is retried, then its messages go one at
 * a time through the MessageHandler so that only the faulty one is parked. It must therefore be
 * idempotent, like a handler without an inbox (position guards).
 */
export type BatchHandler = (items: readonly BatchItem[]) => Promise<void>;

/** A failure no retry can fix (e.g. a rule the event breaks): parked at once, without retries. */
export class PermanentFailure extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentFailure';
  }
}
