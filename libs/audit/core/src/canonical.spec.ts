import { canonicalJson } from './canonical.js';

describe('canonical JSON', () => {
  it('gives the same text whatever order the keys came in, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true } })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
    expect(canonicalJson({ a: { c: true, d: [1, 'x', null] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true } }));
  });

  it('writes bigints as decimal strings and leaves out undefined members', () => {
    expect(canonicalJson({ p: 2n ** 70n, skip: undefined })).toBe('{"p":"1180591620717411303424"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
