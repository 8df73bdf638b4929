import { checkFilter, checkReadStreamOptions, checkSubscribeOptions, matchesFilter } from './read-options.js';

describe('read options', () => {
  it.each([
    ['an empty prefix list', { streamPrefixes: [] }],
    ['an empty type', { eventTypes: [''] }],
    ['a prefix that is not text', { streamPrefixes: [42 as unknown as string] }],
  ])('given a filter with %s, when checked, then it is refused instead of matching nothing', (_label, filter) => {
    expect(() => checkFilter(filter)).toThrow(TypeError);
  });

  it.each([
    ['a number where a bigint revision belongs', () => checkReadStreamOptions({ from: 3 as unknown as bigint })],
    ['a zero limit', () => checkReadStreamOptions({ limit: 0 })],
    ['an unknown direction', () => checkReadStreamOptions({ direction: 'sideways' as 'forwards' })],
    ['a negative checkpoint', () => checkSubscribeOptions({ fromCheckpoint: { position: -1n } })],
    ['a fractional batch size', () => checkSubscribeOptions({ batchSize: 2.5 })],
  ])('given %s, when checked, then a TypeError says so', (_label, check) => {
    expect(check).toThrow(TypeError);
  });

  it('given stream prefixes and event types, when events are matched, then both must hold', () => {
    const filter = { streamPrefixes: ['dispute-', 'rating-'], eventTypes: ['disputes.DisputeOpened'] };
    expect(matchesFilter(filter, 'dispute-1', 'disputes.DisputeOpened')).toBe(true);
    expect(matchesFilter(filter, 'dispute-1', 'disputes.DisputeClosed')).toBe(false);
    expect(matchesFilter(filter, 'member-1', 'disputes.DisputeOpened')).toBe(false);
    expect(matchesFilter(undefined, 'anything', 'any.Type')).toBe(true);
  });
});
