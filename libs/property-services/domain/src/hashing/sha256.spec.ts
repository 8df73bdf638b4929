import fc from 'fast-check';
import { sha256Hex, utf8Encode } from './sha256.js';

// Digests computed independently with coreutils `sha256sum`; the NIST vectors are from FIPS 180-4.
const vectors: Array<[string, string, string]> = [
  ['the empty string (NIST)', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['"abc" (NIST)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['the 448-bit message (NIST)', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['55 bytes, the longest single padded block', 'a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
  ['56 bytes, where the length spills into a second block', 'a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
  ['63 bytes', 'a'.repeat(63), '7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34'],
  ['64 bytes, exactly one block', 'a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
  ['65 bytes', 'a'.repeat(65), '635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0'],
  ['119 bytes', 'a'.repeat(119), '31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb'],
  ['120 bytes', 'a'.repeat(120), '2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c'],
  ['128 bytes', 'a'.repeat(128), '6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e'],
  ['Chinese text, hashed as UTF-8', '邻里 余干县', 'b9c5241cce88ccda043c6980e9d040d8038169cc20f7b7ce5927f8b97a2077de'],
];

describe('SHA-256', () => {
  it.each(vectors)('hashes %s to the known digest', (_name, input, digest) => expect(sha256Hex(input)).toBe(digest));

  it('hashes a million "a" to the NIST digest', () =>
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'));
});

describe('UTF-8 encoding', () => {
  it('encodes every string as the platform encoder does, lone surrogates included', () =>
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(Array.from(utf8Encode(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    })));

  it('replaces a lone surrogate with U+FFFD', () => expect(Array.from(utf8Encode('a\ud800b'))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]));
});
