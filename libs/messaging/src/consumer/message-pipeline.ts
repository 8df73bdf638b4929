import { ContractViolation, parseCloudEvent, type ContractEvent, type ContractRegistry } from '@linli/contracts';
import type { DeadLetterTopic } from '../dead-letters/dead-letter-topic.js';
import { errorText, type MessageOrigin, type ParkReason } from '../dead-letters/parked-message.js';
import type { ParkedStore } from '../dead-letters/parked-store.js';
import type { BatchHandler, BatchItem, MessageContext, MessageHandler } from './handler.js';
import type { PostgresInbox } from './inbox.js';
import { withRetries, type RetryOutcome, type RetryPolicy } from './retry.js';

/** What happened to one message. */
export type MessageOutcome = 'applied' | 'duplicate' | 'ignored' | 'parked';

/** Everything one consumer group needs to take a message from bytes to an applied effect. */
export interface PipelineDeps {
  readonly groupId: string;
  readonly registry: ContractRegistry;
  /** Types the handler wants; other known types are acknowledged and skipped. Undefined: all. */
  readonly accept?: ReadonlySet<string>;
  readonly handler: MessageHandler;
  /** Applies runs of clean messages together; without it each message goes through `handler` alone. */
  readonly batchHandler?: BatchHandler;
  readonly inbox?: PostgresInbox;
  /** Hears of each failure that was a dependency being unavailable (retried without end). */
  readonly onUnavailable?: (error: unknown) => void;
  readonly retry: RetryPolicy;
  readonly parked: ParkedStore;
  readonly deadLetterTopic: DeadLetterTopic;
}

/**
 * The per-message rules: an invalid message never reaches the handler; a message whose key is
 * parked waits behind it; a handler failure is retried with backoff, then the message is parked
 * (which parks its key). Resolves once the outcome is durable, so the offset may be committed.
 */
export class MessagePipeline {
  constructor(private readonly deps: PipelineDeps) {}

  async process(origin: MessageOrigin, signal: AbortSignal, heartbeat: () => Promise<void>): Promise<MessageOutcome> {
    const message = await this.parse(origin);
    if (!message) return 'parked';
    return this.processParsed(message, origin, signal, heartbeat);
  }

  /**
   * Processes consecutive messages of one partition, in order, with the same rules as `process`.
   * With a batch handler, runs of clean messages (valid, wanted, their key not parked) are applied
   * together; a message that needs more care (invalid, or behind a parked key) ends the run and is
   * processed on its own. If a run keeps failing, its messages are applied one at a time so that
   * only the faulty one and its key's later messages are parked. Resolves once every outcome is
   * durable, so the offset of the last message may be committed.
   */
  async processMany(origins: readonly MessageOrigin[], signal: AbortSignal, heartbeat: () => Promise<void>): Promise<void> {
    const batchHandler = this.deps.batchHandler;
    if (!batchHandler) {
      for (const origin of origins) await this.process(origin, signal, heartbeat);
      return;
    }
    const parkedKeys = await this.deps.parked.parkedKeys(this.deps.groupId, origins.map((origin) => origin.key));
    const run: { message: ContractEvent; origin: MessageOrigin }[] = [];
    const one = async (message: ContractEvent, origin: MessageOrigin): Promise<void> => {
      if ((await this.processParsed(message, origin, signal, heartbeat)) === 'parked') parkedKeys.add(origin.key);
    };
    const flush = async (): Promise<void> => {
      const items = run.splice(0);
      if (items.length === 0) return;
      const outcome = await withRetries(
        this.deps.retry,
        (attempt) => batchHandler(items.map(({ message, origin }): BatchItem => ({ message, context: this.contextOf(origin, attempt) }))),
        signal,
        heartbeat,
        this.deps.onUnavailable,
      );
      if (!outcome.ok) for (const { message, origin } of items) await one(message, origin);
    };
    for (const origin of origins) {
      const message = await this.parse(origin, async () => {
        await flush();
        parkedKeys.add(origin.key);
      });
      if (!message || (this.deps.accept && !this.deps.accept.has(message.event.type))) continue;
      if (parkedKeys.has(origin.key)) {
        await flush();
        await one(message, origin);
      } else {
        run.push({ message, origin });
      }
    }
    await flush();
  }

  /** The CloudEvent in the message; undefined once an invalid one is parked (after `beforePark`). */
  private async parse(origin: MessageOrigin, beforePark?: () => Promise<void>): Promise<ContractEvent | undefined> {
    try {
      return parseCloudEvent(origin.value, this.deps.registry);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      await beforePark?.();
      await this.park(origin, undefined, 'invalid', errorText(error), 0, false);
      return undefined;
    }
  }

  private async processParsed(message: ContractEvent, origin: MessageOrigin, signal: AbortSignal, heartbeat: () => Promise<void>): Promise<MessageOutcome> {
    if (this.deps.accept && !this.deps.accept.has(message.event.type)) return 'ignored';
    if (await this.deps.parked.isParked(this.deps.groupId, origin.key)) {
      if (await this.park(origin, message.event.id, 'key-parked', 'an earlier message of this key is parked', 0, true)) return 'parked';
      // Otherwise a retry un-parked the key a moment ago: everything before this message is applied.
    }
    const outcome = await this.apply(message, origin, signal, heartbeat);
    if (outcome.ok) return outcome.duplicate ? 'duplicate' : 'applied';
    await this.park(origin, message.event.id, 'failed', errorText(outcome.error), outcome.attempts, false);
    return 'parked';
  }

  /** Validates and applies a parked message again (an operator's retry); never parks. */
  async reapply(origin: MessageOrigin, signal: AbortSignal): Promise<RetryOutcome> {
    let message: ContractEvent;
    try {
      message = parseCloudEvent(await this.deps.parked.open(this.deps.groupId, origin), this.deps.registry);
    } catch (error) {
      return { ok: false, attempts: 1, error };
    }
    if (this.deps.accept && !this.deps.accept.has(message.event.type)) return { ok: true, attempts: 0 };
    return this.apply(message, origin, signal, async () => undefined);
  }

  private async apply(message: ContractEvent, origin: MessageOrigin, signal: AbortSignal, heartbeat: () => Promise<void>): Promise<RetryOutcome & { duplicate?: boolean }> {
    const { groupId, inbox, handler } = this.deps;
    let duplicate = false;
    const outcome = await withRetries(
      this.deps.retry,
      async (attempt) => {
        const context = this.contextOf(origin, attempt);
        if (!inbox) return handler(message, context);
        duplicate = !(await inbox.once(groupId, message.event.id, (tx) => handler(message, { ...context, tx })));
      },
      signal,
      heartbeat,
      this.deps.onUnavailable,
    );
    return { ...outcome, duplicate };
  }

  private contextOf(origin: MessageOrigin, attempt: number): MessageContext {
    return { groupId: this.deps.groupId, topic: origin.topic, partition: origin.partition, offset: origin.offset, key: origin.key, attempt };
  }

  /** Records the message as parked, then copies it to the dead-letter topic; false if it was not parked. */
  private async park(origin: MessageOrigin, eventId: string | undefined, reason: ParkReason, error: string, attempts: number, onlyIfKeyParked: boolean): Promise<boolean> {
    const { groupId, parked } = this.deps;
    const request = { ...origin, value: await parked.seal(groupId, origin), groupId, eventId, reason, error, attempts };
    if (!(await parked.park(request, onlyIfKeyParked))) {
      await parked.forget(groupId, origin);
      return false;
    }
    await this.deps.deadLetterTopic.send(request);
    return true;
  }
}
