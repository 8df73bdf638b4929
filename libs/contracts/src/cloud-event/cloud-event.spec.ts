import { disputeEscalatedV1, unitEstablishedV1 } from '../catalogue/index.js';
import { catalogueRegistry } from '../catalogue/index.js';
import { ContractViolation } from '../validation/contract-violation.js';
import { parseCloudEvent } from './parse-cloud-event.js';
import { toCloudEvent, type CloudEventMeta } from './to-cloud-event.js';

const meta: CloudEventMeta = { id: '019ad3a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d', time: '2025-12-03T10:00:00.000Z', correlationId: 'corr-1', causationId: 'cmd-1', position: 123_456_789_012n, streamRevision: 3n, fallbackKey: 'disputes.Dispute-d-5f1c' };
const escalated = disputeEscalatedV1.example;

function violationOf(act: () => unknown): ContractViolation {
  try {
    act();
  } catch (error) {
    if (error instanceof ContractViolation) return error;
    throw error;
  }
  throw new Error('expected a ContractViolation');
}

describe('a CloudEvent built from a contract', () => {
  const event = toCloudEvent(disputeEscalatedV1, escalated, meta);

  it('carries the envelope attributes and the extensions', () => {
    expect(event).toMatchObject({
      specversion: '1.0',
      id: meta.id,
      source: '/linli/disputes',
      type: 'cn.linli.disputes.dispute-escalated.v1',
      subject: 'rc-qianyue-1',
      time: meta.time,
      datacontenttype: 'application/json',
      dataschema: 'urn:linli:schema:cn.linli.disputes.dispute-escalated.v1',
      correlationid: 'corr-1',
      causationid: 'cmd-1',
      position: '123456789012',
      streamrevision: '3',
      partitionkey: 'rc-qianyue-1',
    });
  });

  it('survives a round trip through JSON bytes unchanged', () => {
    const parsed = parseCloudEvent(Buffer.from(JSON.stringify(event)), catalogueRegistry);
    expect(parsed.contract).toBe(disputeEscalatedV1);
    expect(parsed.event).toEqual(event);
  });

  it('falls back to the stream name as key, without a subject, when no community is concerned', () => {
    const unit = toCloudEvent(unitEstablishedV1, unitEstablishedV1.example, meta);
    expect(unit.partitionkey).toBe(meta.fallbackKey);
    expect(unit).not.toHaveProperty('subject');
  });
});

describe('publishing a payload that breaks its schema', () => {
  it('names the missing field', () => {
    const { communityId: _omitted, ...rest } = escalated;
    const violation = violationOf(() => toCloudEvent(disputeEscalatedV1, rest as typeof escalated, meta));
    expect(violation).toMatchObject({ eventType: disputeEscalatedV1.type, field: 'data.communityId', rule: 'is required' });
  });

  it('refuses a field the contract does not publish, such as a phone number', () => {
    const violation = violationOf(() => toCloudEvent(disputeEscalatedV1, { ...escalated, phone: '13800000000' } as typeof escalated, meta));
    expect(violation).toMatchObject({ field: 'data.phone', rule: 'is not allowed (additionalProperties: false)' });
    expect(violation.message).not.toContain('13800000000');
  });

  it('names a value of the wrong type or format', () => {
    expect(violationOf(() => toCloudEvent(disputeEscalatedV1, { ...escalated, toLevel: 7 }, meta))).toMatchObject({ field: 'data.toLevel', rule: expect.stringContaining('(maximum)') });
    expect(violationOf(() => toCloudEvent(disputeEscalatedV1, { ...escalated, dueAt: 'tomorrow' }, meta))).toMatchObject({ field: 'data.dueAt', rule: expect.stringContaining('(format)') });
  });
});

describe('consuming a message', () => {
  const valid = toCloudEvent(disputeEscalatedV1, escalated, meta);
  const parse = (value: unknown) => () => parseCloudEvent(typeof value === 'string' ? value : JSON.stringify(value), catalogueRegistry);

  it('rejects bytes that are not JSON, and a tombstone', () => {
    expect(violationOf(parse('{oops'))).toMatchObject({ field: '(value)', rule: expect.stringContaining('not JSON') });
    expect(violationOf(() => parseCloudEvent(null, catalogueRegistry))).toMatchObject({ field: '(value)' });
  });

  it('rejects an envelope without its time', () => {
    const { time: _omitted, ...rest } = valid;
    expect(violationOf(parse(rest))).toMatchObject({ field: 'time', rule: 'is required' });
  });

  it('rejects a type no contract describes, and a foreign dataschema', () => {
    expect(violationOf(parse({ ...valid, type: 'cn.linli.disputes.dispute-vanished.v1' }))).toMatchObject({ field: 'type' });
    expect(violationOf(parse({ ...valid, dataschema: 'urn:other' }))).toMatchObject({ field: 'dataschema' });
  });

  it('rejects data that breaks the schema, naming the field', () => {
    expect(violationOf(parse({ ...valid, data: { ...escalated, fromLevel: 'one' } }))).toMatchObject({ field: 'data.fromLevel', rule: expect.stringContaining('(type)') });
  });

  it('drops a field added by a newer producer instead of failing (tolerant reader)', () => {
    const { event } = parseCloudEvent(JSON.stringify({ ...valid, data: { ...escalated, addedInV1_1: 3 } }), catalogueRegistry);
    expect(event.data).toEqual(escalated);
  });
});

describe('the time of a CloudEvent', () => {
  it('keeps an RFC 3339 time as it is and completes a time without seconds', () => {
    expect(toCloudEvent(disputeEscalatedV1, escalated, { ...meta, time: '2025-12-03T18:00:00+08:00' }).time).toBe('2025-12-03T18:00:00+08:00');
    expect(toCloudEvent(disputeEscalatedV1, escalated, { ...meta, time: '2025-12-03T18:00+08:00' }).time).toBe('2025-12-03T10:00:00.000Z');
  });

  it('refuses what is no time at all, and an empty id', () => {
    expect(violationOf(() => toCloudEvent(disputeEscalatedV1, escalated, { ...meta, time: 'soon' }))).toMatchObject({ field: 'time' });
    expect(violationOf(() => toCloudEvent(disputeEscalatedV1, escalated, { ...meta, id: '' }))).toMatchObject({ field: 'id' });
  });
});
