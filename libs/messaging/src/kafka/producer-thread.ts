/**
 * The code of the relay's producer thread, as plain CommonJS held in a string: a worker started
 * with `eval: true` needs no file of its own, so it runs the same under jest, tsx and the `tsc`
 * build (which copies no `.js`/`.mjs` files). It loads kafkajs from the absolute path the parent
 * resolved (`workerData.kafkajs`), builds the reliable producer from serialisable settings, and
 * answers each request `{ id, op }` with `{ id }` or `{ id, error }`, one request at a time, in order.
 *
 * A batch arrives packed per topic (see `PackedTopic` in packed-batch.ts): the values' UTF-8
 * bytes in one transferred buffer, the keys joined into one string, and their lengths (a key of
 * length -1 is null), so passing a batch costs a few objects per topic instead of one per message.
 */
export const PRODUCER_THREAD_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { Kafka, Partitioners } = require(workerData.kafkajs);
const { client, settings, contentType } = workerData;
const kafka = new Kafka({ clientId: client.clientId, brokers: client.brokers, logLevel: client.logLevel });
const producer = kafka.producer({ ...settings, createPartitioner: Partitioners.DefaultPartitioner });
const plainHeaders = Object.freeze({ 'content-type': contentType });

function unpack(packed) {
  const bytes = Buffer.from(packed.values.buffer, packed.values.byteOffset, packed.values.byteLength);
  const messages = new Array(packed.valueLengths.length);
  let value = 0;
  let key = 0;
  for (let i = 0; i < messages.length; i++) {
    const valueEnd = value + packed.valueLengths[i];
    const keyLength = packed.keyLengths[i];
    // Messages without a trace context share one headers object (kafkajs only reads it).
    const trace = packed.traces && packed.traces[i];
    let headers = plainHeaders;
    if (trace) {
      headers = { 'content-type': contentType, traceparent: trace[0] };
      if (trace[1] !== null) headers.tracestate = trace[1];
    }
    messages[i] = { key: keyLength < 0 ? null : packed.keys.slice(key, (key += keyLength)), value: bytes.subarray(value, valueEnd), headers };
    value = valueEnd;
  }
  return { topic: packed.topic, messages };
}

const operations = {
  connect: () => producer.connect(),
  send: (request) => producer.sendBatch({ acks: -1, topicMessages: request.topics.map(unpack) }),
  disconnect: () => producer.disconnect(),
};

function describe(error) {
  const cause = error && (error.originalError || error.cause);
  return {
    name: (error && error.name) || 'Error',
    message: (error && error.message) || String(error),
    retriable: Boolean(error && error.retriable),
    cause: cause ? { name: cause.name || 'Error', message: cause.message || String(cause), retriable: Boolean(cause.retriable) } : undefined,
  };
}

// Requests run one after another in arrival order; after a send failed, every later send is
// refused with the same error without being sent (the relay may queue the next batch early).
let queue = Promise.resolve();
let refused;
parentPort.on('message', (request) => {
  queue = queue.then(async () => {
    try {
      if (request.op === 'send' && refused) throw refused;
      await operations[request.op](request);
      parentPort.postMessage({ id: request.id });
    } catch (error) {
      if (request.op === 'send') refused = refused || error;
      parentPort.postMessage({ id: request.id, error: describe(error) });
    }
  });
});
`;
