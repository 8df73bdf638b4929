import { readFileSync } from 'node:fs';
import { disputeEscalatedV1, catalogue } from '../catalogue/index.js';
import { defineContract } from '../contract.js';
import { checkAgainstLock, relock, SCHEMA_LOCK_URL, type SchemaLock } from './schema-lock.js';

// The gate of `npm test`: a published (locked) schema may only change compatibly. To publish a new
// or compatibly changed contract, run `npx tsx libs/contracts/scripts/lock-schemas.ts`.
const lock: SchemaLock = JSON.parse(readFileSync(SCHEMA_LOCK_URL, 'utf8'));

describe('the published schemas', () => {
  it('are all still honoured by the current contracts', () => {
    expect(checkAgainstLock(lock, catalogue).breaking).toEqual([]);
  });

  it('include every contract of the catalogue (run the lock script after adding one)', () => {
    expect(checkAgainstLock(lock, catalogue).unlocked).toEqual([]);
  });
});

describe('a deliberately breaking change to a published contract', () => {
  const { workingDaysAllowed: _removed, ...properties } = disputeEscalatedV1.schema.properties!;
  const broken = defineContract({
    ...disputeEscalatedV1,
    schema: { ...disputeEscalatedV1.schema, properties: { ...properties, level: { type: 'integer' } }, required: [...disputeEscalatedV1.schema.required!, 'level'] },
  });
  const catalogueWithBreak = catalogue.map((contract) => (contract.type === broken.type ? broken : contract));

  it('fails the check, naming each break', () => {
    expect(checkAgainstLock(lock, catalogueWithBreak).breaking).toEqual([
      'cn.linli.disputes.dispute-escalated.v1: data.workingDaysAllowed property removed',
      'cn.linli.disputes.dispute-escalated.v1: data.level newly required',
    ]);
  });

  it('cannot be locked', () => {
    expect(() => relock(lock, catalogueWithBreak)).toThrow(/incompatible schema changes/);
  });

  it('is fine as a new version beside the old one', () => {
    const v2 = defineContract({ ...broken, type: 'cn.linli.disputes.dispute-escalated.v2', version: 2 });
    const report = checkAgainstLock(lock, [...catalogue, v2]);
    expect(report).toEqual({ breaking: [], unlocked: ['cn.linli.disputes.dispute-escalated.v2'] });
    expect(Object.keys(relock(lock, [...catalogue, v2]))).toContain(v2.type);
  });

  it('fails the check when a published contract disappears', () => {
    expect(checkAgainstLock(lock, catalogue.filter((c) => c !== disputeEscalatedV1)).breaking).toEqual([expect.stringMatching(/no longer in the catalogue/)]);
  });
});
