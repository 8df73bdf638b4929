import type { ContractEvent } from '@linli/contracts';
import type { TopicNaming } from './topics.js';

/** One topic's messages of a batch, packed for the thread (see producer-thread.ts). */
export interface PackedTopic {
  readonly topic: string;
  /** The values' UTF-8 bytes, one after another (transferred, not copied). */
  readonly values: Uint8Array;
  /** Byte length of each value. */
  readonly valueLengths: Uint32Array;
  readonly keys: string;
  /** -1: a null key. */
  readonly keyLengths: Int32Array;
  /** [traceparent, tracestate | null] per message, or null; absent when no message carries a trace context. */
  readonly traces?: ([string, string | null] | null)[];
}

/** A batch prepared for the producer thread. */
export interface PackedBatch {
  readonly topics: PackedTopic[];
}

const utf8 = new TextEncoder();

/** Serialises validated events per topic, in order, packed for the producer thread. */
export function packBatch(events: readonly ContractEvent[], topicName: TopicNaming): PackedBatch {
  const byTopic = new Map<string, ContractEvent['event'][]>();
  for (const { contract, event } of events) {
    const topic = topicName(contract.topic);
    const list = byTopic.get(topic);
    if (list) list.push(event);
    else byTopic.set(topic, [event]);
  }
  return { topics: [...byTopic].map(([topic, list]) => packTopic(topic, list)) };
}

function packTopic(topic: string, events: readonly ContractEvent['event'][]): PackedTopic {
  const values: string[] = new Array(events.length);
  const keys: string[] = [];
  const valueLengths = new Uint32Array(events.length);
  const keyLengths = new Int32Array(events.length);
  let traces: PackedTopic['traces'];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const value = JSON.stringify(event);
    values[i] = value;
    valueLengths[i] = value.length;
    const key = event.partitionkey;
    keyLengths[i] = key === undefined ? -1 : key.length;
    if (key !== undefined) keys.push(key);
    if (event.traceparent !== undefined) (traces ??= new Array(events.length).fill(null))[i] = [event.traceparent, event.tracestate ?? null];
  }
  const joined = values.join('');
  const bytes = utf8.encode(joined);
  // Only text beyond ASCII (Chinese names, say) makes byte lengths differ from string lengths.
  if (bytes.length !== joined.length) for (let i = 0; i < values.length; i++) valueLengths[i] = Buffer.byteLength(values[i]);
  return { topic, values: bytes, valueLengths, keys: keys.join(''), keyLengths, ...(traces && { traces }) };
}
