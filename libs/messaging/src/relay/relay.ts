import { publish, type ContractEvent, type Gateway } from '@linli/contracts';
import type { Checkpoint, EventFilter, EventStore, RecordedEvent } from '@linli/event-store';
import type { Kafka } from 'kafkajs';
import { inThreadProducer, type RelayProducer } from '../kafka/relay-producer.js';
import { sameTopicName, type TopicNaming } from '../kafka/topics.js';
import type { CheckpointStore } from './checkpoint-store.js';
import { OrderedSender } from './ordered-sender.js';
import { endWhenSent, publishTraced } from './publish-spans.js';
import { activeTracer } from '../tracing/trace-context.js';
import type { Span } from '@opentelemetry/api';

/**
 * How a service's relay is set up. Batches go out through `kafka` (a reliable producer on the
 * relay's own thread) or through `producer`, e.g. `workerProducer({ clientId, brokers })`, whose
 * kafkajs work runs in a thread of its own (what the services use). The relay connects the
 * producer and disconnects it when it ends.
 */
export type RelayOptions = RelaySettings & ({ readonly kafka: Kafka; readonly producer?: never } | { readonly producer: RelayProducer; readonly kafka?: never });

interface RelaySettings {
  /** The checkpoint's name, e.g. `disputes`: one relay per name runs at a time. */
  readonly name: string;
  readonly store: EventStore;
  /** Maps private stored events to public ones (null: stays private). */
  readonly gateway: Gateway;
  readonly checkpoints: CheckpointStore;
  /** The service's own streams, e.g. `{ streamPrefixes: ['disputes.'] }`. */
  readonly filter: EventFilter;
  /** Events per Kafka batch (one `sendBatch`, one checkpoint). Default 500. */
  readonly batchSize?: number;
  /** Events per event-store read; fewer, larger reads keep PostgreSQL round trips off the critical path. Default 4 × batchSize. */
  readonly pageSize?: number;
  readonly topicName?: TopicNaming;
  /** Test hook: runs before a checkpoint is stored, after the broker acknowledged its batch (batches acknowledged while one is stored share the next). */
  readonly afterPublish?: (checkpoint: Checkpoint) => void | Promise<void>;
}

/** A running relay. */
export interface Relay {
  readonly name: string;
  /** Resolves when stopped; rejects with the error that ended it (the host should treat it as fatal). */
  readonly done: Promise<void>;
  /** The position of the last batch the broker acknowledged and the checkpoint stored. */
  position(): bigint;
  /** Events of the relay's streams stored after its checkpoint, counted up to `cap`. */
  lag(cap?: number): Promise<number>;
  /** Finishes the batches in flight (acknowledged and checkpointed), then disconnects. */
  stop(): Promise<void>;
}

/**
 * Tails the service's streams from the stored checkpoint and publishes their public events: the
 * log is the outbox. The checkpoint advances only after the broker acknowledged (acks=all), so a
 * crash in between republishes the batch (same CloudEvent ids: duplicates, never gaps).
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const producer = options.producer ?? inThreadProducer(options.kafka);
  const topicName = options.topicName ?? sameTopicName;
  let position: bigint;
  try {
    await producer.connect();
    position = (await options.checkpoints.load(options.name)) ?? 0n;
  } catch (error) {
    await producer.disconnect().catch(() => undefined);
    throw error;
  }
  // Publish spans of a prepared batch (tracing on only), ended when the broker acknowledged it.
  const openSpans = new WeakMap<object, Span[]>();
  const sender = new OrderedSender<object>(
    (prepared) => endWhenSent(producer.send(prepared), openSpans.get(prepared)),
    async (checkpoint) => {
      await options.afterPublish?.(checkpoint);
      await options.checkpoints.save(options.name, checkpoint.position);
      position = checkpoint.position;
    },
    () => void subscription.stop(),
    producer.queueDepth,
  );
  const batchSize = options.batchSize ?? 500;
  const relayPage = async (events: readonly RecordedEvent[], checkpoint: Checkpoint): Promise<void> => {
    for (let first = 0; first < events.length; first += batchSize) {
      const batch = events.slice(first, first + batchSize);
      const tracer = activeTracer();
      const traced = tracer && publishTraced(tracer, options.name, options.gateway, batch);
      const published = traced ? traced.events : publishAll(options.gateway, batch);
      // Every event up to the batch's last one is then published: a valid checkpoint inside the page.
      const last = first + batchSize >= events.length;
      // publish() validated each event strictly as it built it: no second validation. Serialised
      // here, while the previous batch is on the wire, so the send starts as soon as it is acked.
      const prepared = producer.prepare(published, topicName);
      if (traced) openSpans.set(prepared, traced.spans);
      await sender.enqueue(prepared, last ? checkpoint : { position: batch[batch.length - 1].globalPosition });
    }
  };
  const subscription = options.store.subscribeToAll(relayPage, { fromCheckpoint: { position }, filter: options.filter, batchSize: options.pageSize ?? 4 * batchSize });
  // Ends with the subscription's failure, else with a failed last send; either way after the
  // batch in flight settled, so the producer is never cut off mid-batch.
  const done = subscription.done
    .then(() => sender.drain())
    .finally(async () => {
      await sender.drain().catch(() => undefined);
      await producer.disconnect();
    });
  return {
    name: options.name,
    done,
    position: () => position,
    lag: async (cap = 1000) => (await options.store.readAll({ fromPosition: position, filter: options.filter, limit: cap })).length,
    stop: async () => {
      await subscription.stop();
      await done.catch(() => undefined);
    },
  };
}

/** The public events of a batch, in order (one array per batch: the relay maps every event it reads). */
function publishAll(gateway: Gateway, batch: readonly RecordedEvent[]): ContractEvent[] {
  const published: ContractEvent[] = [];
  for (let i = 0; i < batch.length; i++) {
    const event = publish(gateway, batch[i]);
    if (event !== null) published.push(event);
  }
  return published;
}
