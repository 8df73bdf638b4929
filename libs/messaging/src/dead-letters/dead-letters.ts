import type { Actor, EventStore } from '@linli/event-store';
import type { RunningConsumer } from '../consumer/consumer.js';
import { errorText, type ParkedMessage } from './parked-message.js';
import type { ParkedStore } from './parked-store.js';
import { recordOperatorAction } from './operator-events.js';
import { RetryLock } from './retry-lock.js';

/** Which parked messages a retry is about: a whole key, or the key of one message. */
export type RetryTarget = { readonly key: string } | { readonly id: string };

/** What a retry did. */
export interface RetryResult {
  readonly key: string;
  readonly appliedIds: readonly string[];
  readonly failed: { readonly id: string; readonly error: string } | null;
  /** True when no message of the key is parked any more: new messages flow again. */
  readonly keyUnparked: boolean;
}

/** The group has no parked message with that id (or it was retried or skipped meanwhile). */
export class ParkedMessageNotFound extends Error {
  /** `what`: a message id, or `of key <key>`. */
  constructor(groupId: string, what: string) {
    super(`no parked message ${what} in consumer group ${groupId}`);
    this.name = 'ParkedMessageNotFound';
  }
}

/** A retry must run in the process of the group's own consumer (its handler, inbox and order). */
export class ConsumerGroupNotHere extends Error {
  constructor(groupId: string) {
    super(`consumer group ${groupId} does not run in this process`);
    this.name = 'ConsumerGroupNotHere';
  }
}

/** Operators' view of parked messages: list, retry, skip; every action is stored as an event. */
export class DeadLetters {
  private readonly consumers: ReadonlyMap<string, RunningConsumer>;

  constructor(
    private readonly parked: ParkedStore,
    private readonly store: EventStore,
    consumers: readonly RunningConsumer[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.consumers = new Map(consumers.map((consumer) => [consumer.groupId, consumer]));
  }

  /** The group's messages still parked, oldest first. */
  list(groupId: string): Promise<ParkedMessage[]> {
    return this.parked.list(groupId);
  }

  /**
   * Re-applies the key's parked messages in their original order through the group's handler. It
   * stops at the first that fails again (it and the later ones stay parked); when all succeed the
   * key is un-parked and its new messages flow. Messages arriving meanwhile queue behind.
   */
  async retry(groupId: string, target: RetryTarget, actor: Actor, reason: string): Promise<RetryResult> {
    const consumer = this.consumers.get(groupId);
    if (!consumer) throw new ConsumerGroupNotHere(groupId);
    const key = 'key' in target ? target.key : (await this.require(groupId, target.id)).key;
    if (!(await this.parked.isParked(groupId, key))) throw new ParkedMessageNotFound(groupId, `of key ${key}`);
    const result = await RetryLock.hold(this.parked.pool, groupId, key, async () => {
      const appliedIds: string[] = [];
      for (let head = await this.parked.head(groupId, key); head; head = await this.parked.head(groupId, key)) {
        const outcome = await consumer.reapply(head);
        if (!outcome.ok) {
          const error = errorText(outcome.error);
          await this.parked.recordFailure(groupId, head.id, error, outcome.attempts);
          return { key, appliedIds, failed: { id: head.id, error }, keyUnparked: false };
        }
        await this.parked.resolve(head, 'retried', actor.id, reason);
        appliedIds.push(head.id);
      }
      return { key, appliedIds, failed: null, keyUnparked: true };
    });
    const data = { groupId, key, appliedIds: result.appliedIds, failedId: result.failed?.id ?? null, error: result.failed?.error ?? null, keyUnparked: result.keyUnparked };
    await recordOperatorAction(this.store, groupId, 'messaging.DeadLetterRetried', data, actor, reason, this.clock());
    return result;
  }

  /** Marks one parked message skipped: it is never applied. The key's later messages stay parked until retried. */
  async skip(groupId: string, id: string, actor: Actor, reason: string): Promise<ParkedMessage> {
    const message = await this.require(groupId, id);
    const skipped = await RetryLock.hold(this.parked.pool, groupId, message.key, () => this.parked.resolve(message, 'skipped', actor.id, reason));
    if (!skipped) throw new ParkedMessageNotFound(groupId, id);
    await this.parked.forget(groupId, message); // never to be applied: sealed personal data goes for good
    const { key, eventId, topic, partition, offset } = message;
    await recordOperatorAction(this.store, groupId, 'messaging.DeadLetterSkipped', { groupId, key, parkedId: id, eventId, topic, partition, offset }, actor, reason, this.clock());
    return message;
  }

  private async require(groupId: string, id: string): Promise<ParkedMessage> {
    const message = await this.parked.get(groupId, id);
    if (!message || message.status !== 'parked') throw new ParkedMessageNotFound(groupId, id);
    return message;
  }
}
