import { Kafka, logLevel } from 'kafkajs';
import { producerThreadsRunning } from '@linli/messaging';
import { relayProducerOf } from './relay-runner.js';

describe("the relay's producer as RELAY_PRODUCER chose it", () => {
  const kafka = new Kafka({ clientId: 'relay-runner-spec', brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING });
  const config = { serviceName: 'disputes', kafkaBrokers: ['127.0.0.1:1'] };

  it('given worker (the default), when the relay is set up, then its producer runs in a thread of its own (started on connect)', () => {
    const chosen = relayProducerOf({ ...config, relayProducer: 'worker' }, kafka);
    expect('producer' in chosen && chosen.producer.queueDepth).toBe(2);
    expect('kafka' in chosen).toBe(false);
    expect(producerThreadsRunning()).toBe(0);
  });

  it("given thread, when the relay is set up, then it produces through the kit's own Kafka client on its thread", () => {
    const chosen = relayProducerOf({ ...config, relayProducer: 'thread' }, kafka);
    expect(chosen).toEqual({ kafka });
  });
});
