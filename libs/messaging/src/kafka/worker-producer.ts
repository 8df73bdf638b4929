import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CLOUDEVENTS_CONTENT_TYPE } from '@linli/contracts';
import { RELIABLE_PRODUCER_SETTINGS } from './cloud-event-publisher.js';
import { packBatch, type PackedBatch } from './packed-batch.js';
import { PRODUCER_THREAD_SOURCE } from './producer-thread.js';
import type { RelayProducer } from './relay-producer.js';

/** A Kafka client as plain data (a `Kafka` instance cannot cross into a thread): what the services pass to `new Kafka()`. */
export interface KafkaClientConfig {
  readonly clientId: string;
  readonly brokers: readonly string[];
  /** kafkajs `logLevel`; default NOTHING (0), as the services run their clients. */
  readonly logLevel?: number;
}

/** How the producer thread is started. */
export interface ProducerThreadOptions {
  /** The thread's code; default PRODUCER_THREAD_SOURCE. Tests give a thread that dies, to check what the relay sees then. */
  readonly source?: string;
}

/** A producer error raised in the producer thread, with its kafkajs name, message and whether kafkajs deemed it retriable. */
export class ProducerThreadError extends Error {
  readonly retriable: boolean;

  constructor(described: DescribedError) {
    super(described.message, described.cause && { cause: new ProducerThreadError(described.cause) });
    this.name = described.name;
    this.retriable = described.retriable;
  }
}

interface DescribedError {
  readonly name: string;
  readonly message: string;
  readonly retriable: boolean;
  readonly cause?: DescribedError;
}

interface Reply {
  readonly id: number;
  readonly error?: DescribedError;
}

const kafkajsPath = createRequire(import.meta.url).resolve('kafkajs');
let threadsRunning = 0;

/** Producer threads started in this process that have not exited yet (none once every relay stopped). */
export const producerThreadsRunning = (): number => threadsRunning;

/**
 * The relay's producer in a worker thread of its own: kafkajs' record-batch encoding and socket
 * work run there, on another core than the relay's reading, mapping, validation and
 * serialisation. Same producer settings as on the relay's thread (idempotent, one request in
 * flight, acks=all, bounded retries); each batch is answered by the broker's ack or the
 * producer's error. The thread is terminated by `disconnect()` and whenever it fails.
 */
export function workerProducer(client: KafkaClientConfig, thread: ProducerThreadOptions = {}): RelayProducer<PackedBatch> {
  let worker: Worker | undefined;
  let failure: Error | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const request = (op: 'connect' | 'send' | 'disconnect', batch?: PackedBatch): Promise<void> => {
    if (failure) return Promise.reject(failure);
    if (!worker) return Promise.reject(new Error('the relay producer thread is not running (connect first)'));
    const id = nextId++;
    const answered = new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, op, ...(batch && { topics: batch.topics }) }, batch ? transferList(batch) : []);
    return answered;
  };
  const start = () => {
    const started = new Worker(thread.source ?? PRODUCER_THREAD_SOURCE, {
      eval: true,
      workerData: { kafkajs: kafkajsPath, client: { clientId: client.clientId, brokers: [...client.brokers], logLevel: client.logLevel ?? 0 }, settings: RELIABLE_PRODUCER_SETTINGS, contentType: CLOUDEVENTS_CONTENT_TYPE },
    });
    started.on('message', ({ id, error }: Reply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (error) waiting?.reject(new ProducerThreadError(error));
      else waiting?.resolve();
    });
    started.on('error', (error) => failAll(new Error(`the relay producer thread failed: ${error.message}`, { cause: error })));
    started.on('exit', (code) => {
      threadsRunning--;
      failAll(new Error(`the relay producer thread exited (code ${code})`));
    });
    threadsRunning++;
    return started;
  };

  return {
    // The thread queues batches and sends none after one failed: the next batch is there the moment
    // the broker acknowledged the one before, even while this thread is busy mapping.
    queueDepth: 2,
    connect: async () => {
      worker ??= start();
      try {
        await request('connect');
      } catch (error) {
        await terminate();
        throw error;
      }
    },
    prepare: packBatch,
    send: (batch) => (batch.topics.length === 0 ? Promise.resolve() : request('send', batch)),
    disconnect: async () => {
      try {
        if (!failure) await withinTime(request('disconnect'), DISCONNECT_TIMEOUT_MS);
      } finally {
        await terminate();
      }
    },
  };

  async function terminate(): Promise<void> {
    const running = worker;
    if (!running) return;
    failure ??= new Error('the relay producer thread was stopped');
    await running.terminate();
  }
}

/** A disconnect that takes longer (a broker that stopped answering) is cut short by terminating the thread. */
const DISCONNECT_TIMEOUT_MS = 10_000;

/** Resolves when `work` settles (rethrowing its failure) or after `ms`, whichever comes first. */
async function withinTime(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

const transferList = (batch: PackedBatch): ArrayBuffer[] => batch.topics.flatMap((topic) => [topic.values.buffer, topic.valueLengths.buffer, topic.keyLengths.buffer] as ArrayBuffer[]);
