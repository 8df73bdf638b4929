import { randomUUID } from 'node:crypto';
import {
  catalogueRegistry, CLOUDEVENTS_CONTENT_TYPE, HOTLINE_OUTCOMES_TOPIC, hotlineTicketResolvedV1, hotlineTicketSubmittedV1, parseCloudEvent, toCloudEvent,
  type HotlineTicketSubmittedV1,
} from '@linli/contracts';
import { Infrastructure } from '@linli/service-kit';
import { Kafka, logLevel, type KafkaMessage, type Producer } from 'kafkajs';
import { disputeIdOfTicket } from '../src/application/hotline-intake.js';
import { HotlineTicketsConsumer } from '../src/hotline/hotline-tickets.consumer.js';
import { bootDisputes, newCommunity, type DisputesApi } from './support/disputes-api.js';
import { eventually } from './support/eventually.js';

// The 12345 hotline round trip through the real broker: tickets produced to the inbound topic
// (a topic and group of this test's own) become disputes, the answer comes back on the hotline's
// outcome topic once the dispute is resolved over HTTP, and bad tickets are parked in the group's
// dead-letter topic while the others flow.

const suffix = randomUUID().slice(0, 8);
const ticketsTopic = `municipal.hotline.tickets.v1.${suffix}`;
const group = `hotline-${suffix}`;
const caller = { name: '王芳', phone: '13900000002', room: '3-101' };

const aTicket = (overrides: Partial<HotlineTicketSubmittedV1> = {}): HotlineTicketSubmittedV1 => ({
  ticketId: `T20261130-${randomUUID().slice(0, 8)}`,
  communityId: newCommunity(),
  category: 'road_occupation',
  urgency: 'urgent',
  submittedAt: new Date(Date.now() - 3_600_000).toISOString(),
  description: 'A shop stacks goods on the fire lane by gate 2',
  caller,
  ...overrides,
});

/** The ticket as the platform publishes it: a structured-mode CloudEvent keyed by community, each send with its own id. */
const asMessage = (ticket: HotlineTicketSubmittedV1, tamper: (data: Record<string, unknown>) => void = () => undefined) => {
  const event = toCloudEvent(hotlineTicketSubmittedV1, ticket, { id: randomUUID(), time: new Date().toISOString() });
  const data: Record<string, unknown> = { ...event.data };
  tamper(data);
  return { key: ticket.communityId, value: JSON.stringify({ ...event, data }), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } };
};

/** Reads a topic from its beginning with a throw-away group until `found` picks a message. */
async function firstMessage(kafka: Kafka, topic: string, found: (message: KafkaMessage) => boolean, timeoutMs = 90_000): Promise<KafkaMessage> {
  const consumer = kafka.consumer({ groupId: `reader-${suffix}-${randomUUID().slice(0, 6)}`, sessionTimeout: 6_000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<KafkaMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message on ${topic} within ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (!found(message)) return;
          clearTimeout(timer);
          resolve(message);
        },
      }).catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

describe('12345 hotline tickets on Kafka', () => {
  let api: DisputesApi;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    api = await bootDisputes({ DISPUTES_HOTLINE: 'on', DISPUTES_HOTLINE_GROUP: group, DISPUTES_HOTLINE_TOPIC: ticketsTopic, DISPUTES_HOTLINE_FAST_GROUP: 'on' });
    kafka = new Kafka({ clientId: `hotline-test-${suffix}`, brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
    await api.service.app.get(HotlineTicketsConsumer).joined(); // the consumer created the topic and its dead-letter topic
  });

  let closed = false;
  afterAll(async () => {
    await producer?.disconnect();
    if (!closed) await api?.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.includes(suffix)) }).catch(() => undefined);
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin.disconnect();
  });

  /** Waits until the group has committed every ticket on the topic. */
  const drained = () => eventually(async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(ticketsTopic);
      const [committed] = await admin.fetchOffsets({ groupId: group, topics: [ticketsTopic] });
      const at = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
      return ends.every((end) => (at.get(end.partition) ?? -1n) >= BigInt(end.high) || BigInt(end.high) === 0n) ? true : undefined;
    } finally {
      await admin.disconnect();
    }
  }, 60_000, 'the group to commit every ticket');

  // The disputes read models may lag far behind on a shared machine (a seed of thousands of events),
  // so the tests look at the source of truth: the reports stored for a ticket, wherever their stream.
  const reportsOf = async (ticketId: string) =>
    (await api.service.app.get(Infrastructure).pg.query<{ stream_name: string; data: string }>(
      "SELECT stream_name, data::text AS data FROM linli.linli_events WHERE event_type = 'disputes.DisputeReported' AND data->>'hotlineTicketId' = $1",
      [ticketId],
    )).rows;
  const reported = (ticketId: string) => eventually(async () => {
    const rows = await reportsOf(ticketId);
    return rows.length > 0 ? rows : undefined;
  }, 60_000, `ticket ${ticketId} to be reported`);

  it('turn a ticket sent twice into one dispute, whose resolution answers the ticket on the outcome topic', async () => {
    const ticket = aTicket();
    await producer.send({ topic: ticketsTopic, acks: -1, messages: [asMessage(ticket)] });
    await producer.send({ topic: ticketsTopic, acks: -1, messages: [asMessage(ticket)] }); // re-sent by the platform under a new event id
    const id = disputeIdOfTicket(ticket.ticketId);
    await reported(ticket.ticketId);
    await drained(); // the second send was handled too: answered by the first report, not parked
    expect((await api.service.app.get(Infrastructure).pg.query('SELECT 1 FROM linli.linli_parked WHERE group_id = $1', [group])).rowCount).toBe(0);
    const rows = await reportsOf(ticket.ticketId);
    expect(rows.map((row) => row.stream_name)).toEqual([`disputes.Dispute-${id}`]); // one dispute, however often the ticket came
    const [report] = await api.events(id);
    expect(report).toMatchObject({
      type: 'disputes.DisputeReported',
      data: { communityId: ticket.communityId, channel: 'hotline_12345', hotlineTicketId: ticket.ticketId, urgency: 'urgent', category: 'road_occupation', description: ticket.description },
      metadata: { actor: { id: 'hotline-12345' } },
    });
    // The caller is the reporting party, encrypted at rest: the service reads the name back, the stored row does not show it.
    expect(report?.data).toMatchObject({ parties: [{ role: 'reporter', name: caller.name, phone: caller.phone, room: caller.room }] });
    for (const personal of [caller.name, caller.phone, caller.room]) expect(rows[0]!.data).not.toContain(personal);

    expect((await api.post(`/disputes/${id}/accept`, { category: 'road_occupation', level: 1 })).status).toBe(200);
    const resolved = await api.post(`/disputes/${id}/resolve`, { outcome: 'rectified', agreementSummary: 'the shop cleared the fire lane' });
    expect(resolved).toMatchObject({ status: 200, body: { events: ['disputes.DisputeResolved', 'disputes.HotlineTicketAnswered'] } });

    const answer = await firstMessage(kafka, HOTLINE_OUTCOMES_TOPIC, (message) => message.value?.toString().includes(ticket.ticketId) ?? false);
    const { contract, event } = parseCloudEvent(answer.value, catalogueRegistry); // validated against its schema
    expect(contract).toBe(hotlineTicketResolvedV1);
    expect(answer.key?.toString()).toBe(ticket.communityId);
    expect(event.data).toEqual({
      ticketId: ticket.ticketId, disputeId: id, communityId: ticket.communityId, outcome: 'rectified', resolvedAt: expect.any(String), workingDaysToResolve: expect.any(Number),
    });
    for (const personal of [caller.name, caller.phone, caller.room, 'fire lane']) expect(answer.value?.toString()).not.toContain(personal);
  });

  it('park a malformed ticket in the dead-letter topic with the validation error, while a good ticket behind it is reported', async () => {
    const malformed = aTicket();
    const unusable = aTicket({ caller: undefined });
    const good = aTicket();
    await producer.send({
      topic: ticketsTopic,
      acks: -1,
      messages: [asMessage(malformed, (data) => void (data['category'] = 'fireworks')), asMessage(unusable), asMessage(good)],
    });

    expect((await reported(good.ticketId)).map((row) => row.stream_name)).toEqual([`disputes.Dispute-${disputeIdOfTicket(good.ticketId)}`]);

    const parked = await firstMessage(kafka, `${group}.dlq`, (message) => message.key?.toString() === malformed.communityId);
    expect(parked.headers?.['dlq-reason']?.toString()).toBe('invalid');
    expect(parked.headers?.['dlq-error']?.toString()).toMatch(/category/);
    expect(parked.headers?.['dlq-original-topic']?.toString()).toBe(ticketsTopic);

    const withoutCaller = await firstMessage(kafka, `${group}.dlq`, (message) => message.key?.toString() === unusable.communityId);
    expect(withoutCaller.headers?.['dlq-reason']?.toString()).toBe('failed');
    expect(withoutCaller.headers?.['dlq-error']?.toString()).toContain(`hotline ticket ${unusable.ticketId}: caller is required`);

    for (const ticket of [malformed, unusable]) expect(await reportsOf(ticket.ticketId)).toEqual([]);

    // The malformed ticket names its caller: parked, it is sealed at rest, in the topic and in the table
    const stored = await api.service.app.get(Infrastructure).pg.query<{ value: Buffer }>('SELECT value FROM linli.linli_parked WHERE group_id = $1 AND key = $2', [group, malformed.communityId]);
    expect(stored.rows).toHaveLength(1);
    for (const bytes of [parked.value, stored.rows[0]?.value]) {
      expect(bytes?.length).toBeGreaterThan(0);
      for (const personal of [caller.name, caller.phone, caller.room, malformed.ticketId]) expect(bytes?.toString()).not.toContain(personal);
    }
  });

  it('leave their group when the service stops, every ticket committed', async () => {
    await api.close();
    closed = true;
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups: [described] } = await admin.describeGroups([group]);
      expect(described).toMatchObject({ groupId: group, state: 'Empty', members: [] });
      const ends = await admin.fetchTopicOffsets(ticketsTopic);
      const [committed] = await admin.fetchOffsets({ groupId: group, topics: [ticketsTopic] });
      // A partition that never held a ticket has nothing to commit (-1): it counts as committed at 0.
      const at = (offset: string) => (offset === '-1' ? '0' : offset);
      expect(committed?.partitions.map((p) => [p.partition, at(p.offset)]).sort()).toEqual(ends.map((end) => [end.partition, end.high]).sort());
    } finally {
      await admin.disconnect();
    }
  });
});
