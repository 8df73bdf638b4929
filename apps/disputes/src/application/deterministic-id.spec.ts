import { ID_NAMESPACES, nameBasedUuid } from './deterministic-id.js';

describe('a name-based dispute id', () => {
  it('is the RFC 9562 version-5 UUID of the name (checked against the RFC example namespace)', () =>
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2'));

  it('is the same for the same ticket and different for another ticket or namespace', () => {
    const id = nameBasedUuid(ID_NAMESPACES.hotlineTicket, 'T20251130-0042');
    expect(nameBasedUuid(ID_NAMESPACES.hotlineTicket, 'T20251130-0042')).toBe(id);
    expect(nameBasedUuid(ID_NAMESPACES.hotlineTicket, 'T20251130-0043')).not.toBe(id);
    expect(nameBasedUuid(ID_NAMESPACES.seed, 'T20251130-0042')).not.toBe(id);
  });
});
