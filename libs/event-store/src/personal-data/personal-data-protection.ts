import type { NewEvent, RecordedEvent } from '../envelope.js';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import { validateAppend } from '../validation/validate-append.js';
import { erasureStream, subjectForgotten } from './erasure.js';
import type { PersonalDataKeyStore } from './key-store.js';
import type { PersonalDataPolicies } from './policy.js';
import { protectData, subjectsOf } from './protect.js';
import { encryptedSubjects, revealEvent } from './reveal.js';

/** What forgetting a data subject did. */
export interface Forgotten {
  /** False when the key was already gone (a retry, or a subject never seen). */
  readonly keyDestroyed: boolean;
  /** Where the erasure was recorded. */
  readonly recorded: AppendResult;
}

/**
 * Crypto-shredding around any EventStore: personal fields named by the policies are encrypted
 * with the data subject's key before they are stored and decrypted on every read; once the key is
 * destroyed, readers get `{ $erased: true }` there and the rest of the history is unchanged.
 */
export class PersonalDataProtection implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly policies: PersonalDataPolicies,
    private readonly keys: PersonalDataKeyStore,
  ) {}

  async appendToStream(stream: string, events: readonly NewEvent[], options: { expected?: ExpectedRevision } = {}): Promise<AppendResult> {
    validateAppend(stream, events, options.expected ?? 'any'); // before encryption, so errors name plain fields
    const groupsFor = (type: string) => this.policies.groupsFor(type);
    const subjects = subjectsOf(events, groupsFor);
    if (subjects.length === 0) return this.inner.appendToStream(stream, events, options);
    const keys = await this.keys.keysFor(subjects);
    const protectedEvents = events.map((event) => ({ ...event, data: protectData(event.data as Record<string, unknown>, groupsFor(event.type), keys) }));
    return this.inner.appendToStream(stream, protectedEvents, options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readStream(stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readAll(options));
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(async (events, checkpoint) => handler(await this.reveal(events), checkpoint), options);
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /**
   * Erases a data subject: destroys their key, then records the erasure (an event without personal
   * data). Safe to retry: both steps are idempotent. Projections should react to the event by
   * dropping the copies of the subject's data they hold.
   */
  async forgetSubject(subjectId: string, metadata: NewEvent['metadata']): Promise<Forgotten> {
    if (typeof subjectId !== 'string' || subjectId === '') throw new TypeError('subjectId must be a non-empty string');
    const keyDestroyed = await this.keys.destroyKey(subjectId);
    const recorded = await this.inner.appendToStream(erasureStream(subjectId), [subjectForgotten(subjectId, metadata)], { expected: 'any' });
    return { keyDestroyed, recorded };
  }

  private async reveal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const subjects = encryptedSubjects(events);
    if (subjects.length === 0) return [...events];
    const keys = await this.keys.findKeys(subjects);
    return events.map((event) => revealEvent(event, keys));
  }
}
