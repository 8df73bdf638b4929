import type { JsonSchema } from '../json-schema.js';
import { breakingChanges } from './breaking-changes.js';

const published: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['disputeId', 'level'],
  properties: {
    disputeId: { type: 'string', pattern: '^[a-z0-9-]+$' },
    level: { type: 'integer', minimum: 0, maximum: 4 },
    outcome: { type: 'string', enum: ['agreement_reached', 'rectified'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
};
const change = (edit: (schema: { -readonly [K in keyof JsonSchema]: JsonSchema[K] } & { properties: Record<string, JsonSchema> }) => void): JsonSchema => {
  const copy = structuredClone(published) as Parameters<typeof edit>[0];
  edit(copy);
  return copy;
};
const changes = (current: JsonSchema) => breakingChanges(published, current).map((c) => `${c.path} ${c.change}`);

describe('comparing a published schema with its current version', () => {
  it('finds nothing when nothing changed', () => {
    expect(changes(published)).toEqual([]);
  });

  describe('compatible changes', () => {
    it('allows an added optional property', () => {
      expect(changes(change((s) => (s.properties.department = { type: 'string' })))).toEqual([]);
    });
    it('allows an added enum value and a looser bound', () => {
      expect(changes(change((s) => (s.properties.outcome = { type: 'string', enum: ['agreement_reached', 'rectified', 'withdrawn'] })))).toEqual([]);
      expect(changes(change((s) => (s.properties.level = { type: 'integer', minimum: 0, maximum: 5 })))).toEqual([]);
    });
  });

  describe('breaking changes', () => {
    it('detects a removed property', () => {
      expect(changes(change((s) => delete s.properties.outcome))).toEqual(['data.outcome property removed']);
    });
    it('detects a retyped property', () => {
      expect(changes(change((s) => (s.properties.level = { type: 'string' })))).toContain('data.level type changed from integer to string');
    });
    it('detects a newly required property, new or existing', () => {
      expect(changes(change((s) => ((s.properties.department = { type: 'string' }), (s.required = [...published.required!, 'department']))))).toEqual([
        'data.department newly required',
      ]);
      expect(changes(change((s) => (s.required = [...published.required!, 'outcome'])))).toEqual(['data.outcome newly required']);
    });
    it('detects a removed enum value', () => {
      expect(changes(change((s) => (s.properties.outcome = { type: 'string', enum: ['agreement_reached'] })))).toEqual(['data.outcome enum value "rectified" removed']);
    });
    it('detects a tighter bound and a changed pattern', () => {
      expect(changes(change((s) => (s.properties.level = { type: 'integer', minimum: 1, maximum: 4 })))).toEqual(['data.level minimum raised to 1']);
      expect(changes(change((s) => (s.properties.disputeId = { type: 'string', pattern: '^[a-z]+$' })))).toEqual([expect.stringMatching(/^data\.disputeId pattern changed/)]);
    });
    it('detects a change inside array items', () => {
      expect(changes(change((s) => (s.properties.tags = { type: 'array', items: { type: 'integer' } })))).toEqual(['data.tags[] type changed from string to integer']);
    });
    it('detects a payload newly closed to additional properties', () => {
      expect(breakingChanges({ ...published, additionalProperties: true }, published).map((c) => c.change)).toEqual(['additional properties newly forbidden']);
    });
  });
});
