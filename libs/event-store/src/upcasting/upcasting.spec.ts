import type { RecordedEvent } from '../envelope.js';
import { loadUpcastFixtures } from '../testing/upcast-fixtures.js';
import { disputeEscalatedUpcasters, residentRegisteredUpcasters } from './example-upcasters.js';
import { UpcasterRegistry } from './upcaster-registry.js';

const registry = new UpcasterRegistry().register(...residentRegisteredUpcasters, ...disputeEscalatedUpcasters);
const fixtures = loadUpcastFixtures(new URL('./fixtures/', import.meta.url));

describe('upcasting stored payloads on read', () => {
  it('given the fixture directory, when loaded, then there are fixtures to test', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    it(`given the stored payload (${fixture.description.replace(/\.$/, '')}), when upcast, then it reads in the current shape with its envelope untouched`, () => {
      const current = registry.upcast(fixture.stored);
      expect(current.schemaVersion).toBe(fixture.expected.schemaVersion);
      expect(current.schemaVersion).toBe(registry.currentVersion(fixture.stored.type));
      expect(current.data).toEqual(fixture.expected.data);
      const { data: _data, schemaVersion: _version, ...envelope } = current;
      const { data: _storedData, schemaVersion: _storedVersion, ...storedEnvelope } = fixture.stored;
      expect(envelope).toEqual(storedEnvelope);
    });
  });

  it('given an event already in the current shape, when upcast, then the same object comes back', () => {
    const current = { ...fixtures[0].stored, type: 'no.Upcasters' } as RecordedEvent;
    expect(registry.upcast(current)).toBe(current);
  });

  it('given a chain with a missing step, when an old event is upcast, then the gap is reported', () => {
    const gappy = new UpcasterRegistry().register({ eventType: 'x.Y', fromVersion: 2, upcast: (data) => data });
    expect(() => gappy.upcast({ ...fixtures[0].stored, type: 'x.Y', schemaVersion: 1 })).toThrow(/gap/);
  });

  it('given the same step twice, when registered, then it is refused', () => {
    expect(() => new UpcasterRegistry().register(...disputeEscalatedUpcasters, ...disputeEscalatedUpcasters)).toThrow(/already registered/);
  });
});
