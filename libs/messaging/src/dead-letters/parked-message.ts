import type { IHeaders } from 'kafkajs';

/** Why a message sits in the dead-letter topic. */
export type ParkReason =
  /** Its handler kept failing after the retries. */
  | 'failed'
  /** It is not a valid CloudEvent of a known contract (the error names the field and rule). */
  | 'invalid'
  /** An earlier message of its key is parked: it waits behind it, so the key's order holds. */
  | 'key-parked';

/** Where a message came from: the original coordinates the dead-letter headers carry. */
export interface MessageOrigin {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
}

/** A message to park. */
export interface ParkRequest extends MessageOrigin {
  readonly groupId: string;
  readonly eventId: string | undefined;
  readonly reason: ParkReason;
  readonly error: string;
  readonly attempts: number;
}

/** A parked message as operators see it. */
export interface ParkedMessage {
  readonly id: string;
  readonly groupId: string;
  readonly key: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly eventId: string | null;
  readonly reason: ParkReason;
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: Date;
  readonly status: 'parked' | 'retried' | 'skipped';
  readonly resolvedBy: string | null;
  readonly resolutionReason: string | null;
}

/** A parked message with its original bytes, for a retry. */
export interface ParkedMessageWithValue extends ParkedMessage {
  readonly value: Buffer | null;
  readonly headers: IHeaders;
}

/** Error texts are cut: a handler's message is the only free text that reaches the dead-letter records. */
export const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 1000);
