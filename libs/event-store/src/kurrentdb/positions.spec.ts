import { decodePosition, encodePosition } from './positions.js';

describe('KurrentDB positions as one bigint', () => {
  const max = (1n << 64n) - 1n;

  it.each([
    [0n, 0n],
    [1024n, 1024n],
    [5_000_000_123n, 5_000_000_000n],
    [max, max],
  ])('given commit %s and prepare %s, when encoded and decoded, then the pair comes back', (commit, prepare) => {
    expect(decodePosition(encodePosition({ commit, prepare }))).toEqual({ commit, prepare });
  });

  it('given positions ordered by commit then prepare, when encoded, then the bigints keep that order', () => {
    const ordered = [
      { commit: 10n, prepare: 10n },
      { commit: 10n, prepare: 11n },
      { commit: 11n, prepare: 0n },
      { commit: 11n, prepare: max },
      { commit: 12n, prepare: 1n },
    ];
    const encoded = ordered.map(encodePosition);
    expect([...encoded].sort((a, b) => (a < b ? -1 : 1))).toEqual(encoded);
  });
});
