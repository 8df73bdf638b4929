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

/** Serialises validated events per topic, in order, packed for the producer thread. */
export function packBatch(events: readonly ContractEvent[], topicName: TopicNaming): PackedBatch {
  if (events.length === 0) return { topics: [] };
  // The usual batch is one service's events, all on one topic: no grouping then.
  const first = topicName(events[0].contract.topic);
  let oneTopic = true;
  for (let i = 1; i < events.length && oneTopic; i++) oneTopic = topicName(events[i].contract.topic) === first;
  if (oneTopic) return { topics: [packTopic(first, events.map((item) => item.event))] };
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
  const count = events.length;
  const values: string[] = new Array(count);
  const valueLengths = new Uint32Array(count);
  const keyLengths = new Int32Array(count);
  let keys = '';
  let characters = 0;
  let longest = 0;
  let traces: PackedTopic['traces'];
  for (let i = 0; i < count; i++) {
    const event = events[i];
    const value = JSON.stringify(event);
    values[i] = value;
    characters += value.length;
    if (value.length > longest) longest = value.length;
    const key = event.partitionkey;
    if (key === undefined) keyLengths[i] = -1;
    else {
      keyLengths[i] = key.length;
      keys += key;
    }
    if (event.traceparent !== undefined) (traces ??= new Array(count).fill(null))[i] = [event.traceparent, event.tracestate ?? null];
  }
  // Each value is written straight into one buffer of its own (transferable, not from the pool),
  // which also tells its UTF-8 length: no joined copy, no second pass over text beyond ASCII. ASCII
  // takes one byte per character; room for the longest value twice over more lets the check below
  // measure a value only when 3 bytes per character might not fit (and grow the buffer if needed).
  let bytes = Buffer.allocUnsafeSlow(characters + 2 * longest + 16);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (at + 3 * value.length > bytes.length) {
      const needed = at + Buffer.byteLength(value);
      if (needed > bytes.length) {
        const grown = Buffer.allocUnsafeSlow(Math.max(2 * bytes.length, needed));
        bytes.copy(grown, 0, 0, at);
        bytes = grown;
      }
    }
    const written = bytes.write(value, at);
    valueLengths[i] = written;
    at += written;
  }
  return { topic, values: new Uint8Array(bytes.buffer, bytes.byteOffset, at), valueLengths, keys, keyLengths, ...(traces && { traces }) };
}
