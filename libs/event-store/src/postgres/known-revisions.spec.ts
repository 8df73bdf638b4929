import { KnownRevisions } from './known-revisions.js';

describe('known stream revisions', () => {
  it('given a revision was seen, when asked about it or an earlier one, then it is covered, a later one is not', () => {
    const known = new KnownRevisions();
    known.observe('s', 4n);
    expect([known.covers('s', 0n), known.covers('s', 4n), known.covers('s', 5n), known.covers('t', 0n)]).toEqual([true, true, false, false]);
  });

  it('given an older revision is seen after a newer one, when asked, then the newer one still counts', () => {
    const known = new KnownRevisions();
    known.observe('s', 9n);
    known.observe('s', 2n);
    expect(known.covers('s', 9n)).toBe(true);
  });

  it('given more streams than the capacity, when one more is seen, then the least recently used is forgotten', () => {
    const known = new KnownRevisions(2);
    known.observe('a', 1n);
    known.observe('b', 1n);
    known.observe('a', 2n);
    known.observe('c', 1n);
    expect([known.covers('a', 2n), known.covers('b', 1n), known.covers('c', 1n)]).toEqual([true, false, true]);
  });
});
