import { disputeEscalatedV1 } from '../catalogue/index.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { ContractViolation } from './contract-violation.js';
import { isCanonicalUtcDateTime } from './date-time.js';
import { assertValid } from './validators.js';

const ajvDateTime = (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate;

describe('the fast check of a canonical UTC date-time', () => {
  it('accepts what the store writes, with or without a fraction, and real leap days', () => {
    for (const text of ['2025-12-03T10:00:00Z', '2025-12-03T10:00:00.000Z', '2024-02-29T23:59:59.123456Z', '2000-02-29T00:00:00Z']) expect(isCanonicalUtcDateTime(text)).toBe(true);
  });

  it('says no to days, hours and shapes outside it, which the full rules then decide', () => {
    const outside = ['2025-02-29T10:00:00Z', '1900-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-12-03T24:00:00Z', '2025-12-03T23:60:00Z',
      '2025-12-03T23:59:60Z', '2025-12-03t10:00:00z', '2025-12-03T10:00:00+08:00', '2025-12-03T10:00:00.Z', '2025-12-03T10:00Z', '2025-12-0aT10:00:00Z', '2025-12-03 10:00:00Z', undefined, 20251203];
    for (const text of outside) expect(isCanonicalUtcDateTime(text)).toBe(false);
  });

  it('never accepts what ajv-formats would refuse (random instants around the edges)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    for (let i = 0; i < 20_000; i++) {
      const text = `${pad(next(10000), 4)}-${pad(next(14), 2)}-${pad(next(33), 2)}T${pad(next(26), 2)}:${pad(next(62), 2)}:${pad(next(62), 2)}${next(2) ? `.${next(1000)}` : ''}Z`;
      if (isCanonicalUtcDateTime(text)) expect([text, ajvDateTime(text), Number.isNaN(Date.parse(text))]).toEqual([text, true, false]);
    }
  });
});

describe('publishing a date-time field', () => {
  it('still refuses a day the month does not have, and accepts a time with an offset', () => {
    expect(() => assertValid(disputeEscalatedV1.schema, { ...disputeEscalatedV1.example, dueAt: '2025-02-30T10:00:00Z' }, 'publish', disputeEscalatedV1.type, 'data')).toThrow(ContractViolation);
    expect(() => assertValid(disputeEscalatedV1.schema, { ...disputeEscalatedV1.example, dueAt: '2025-02-30T10:00:00Z' }, 'publish', disputeEscalatedV1.type, 'data')).toThrow(/data\.dueAt must match format "date-time"/);
    expect(() => assertValid(disputeEscalatedV1.schema, { ...disputeEscalatedV1.example, dueAt: '2025-12-10T18:00:00+08:00' }, 'publish', disputeEscalatedV1.type, 'data')).not.toThrow();
  });
});
