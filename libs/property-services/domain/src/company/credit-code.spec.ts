import fc from 'fast-check';
import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Check characters computed with a separate script from the GB 32100-2015 weights, not with the code under test.
const VALID = ['91350100M000100Y43', '91110000802100433B', '91361127MA35F3K2XA', '52361127MA39A0C1PX'];

describe('unified social credit codes', () => {
  it.each(VALID)('accepts %s', (code) => expect(isValidCreditCode(code)).toBe(true));

  it('computes the check character from the first 17 symbols', () =>
    expect(VALID.map((code) => creditCodeCheckCharacter(code.slice(0, 17)))).toEqual(VALID.map((code) => code.charAt(17))));

  it('rejects a wrong check character', () => expect(isValidCreditCode('91350100M000100Y44')).toBe(false));

  it('rejects a corrupted body', () => expect(isValidCreditCode('91350100M000200Y43')).toBe(false));

  it('rejects symbols outside the alphabet (I, O, S, V, Z and lowercase)', () =>
    expect(['91350100M000100I43', '91350100M000100O43', '9135O100M000100Y43', '91350100m000100y43'].map(isValidCreditCode)).toEqual([false, false, false, false]));

  it('rejects codes of the wrong length', () =>
    expect(['', '91350100M000100Y4', '91350100M000100Y430'].map(isValidCreditCode)).toEqual([false, false, false]));

  it('returns no check character for a malformed body', () =>
    expect([creditCodeCheckCharacter('9135'), creditCodeCheckCharacter('91350100M000100I4')]).toEqual([null, null]));

  it('writes a check value of 31 as 0 and 30 as Y', () => {
    // A weighted sum of 0 gives 31 - 0 = 31, written 0; a sum of 1 gives 30, the last symbol Y.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    expect(creditCodeCheckCharacter('10000000000000000')).toBe('Y');
  });

  const symbol = fc.constantFrom(...ALPHABET);
  const validCode = fc.array(symbol, { minLength: 17, maxLength: 17 }).map((chars) => {
    const body = chars.join('');
    return body + creditCodeCheckCharacter(body);
  });

  it('detects every single-symbol substitution', () =>
    fc.assert(fc.property(validCode, fc.nat(17), symbol, (code, at, replacement) => {
      fc.pre(code.charAt(at) !== replacement);
      expect(isValidCreditCode(code.slice(0, at) + replacement + code.slice(at + 1))).toBe(false);
    })));

  it('detects every swap of two different adjacent symbols', () =>
    fc.assert(fc.property(validCode, fc.nat(16), (code, at) => {
      fc.pre(code.charAt(at) !== code.charAt(at + 1));
      expect(isValidCreditCode(code.slice(0, at) + code.charAt(at + 1) + code.charAt(at) + code.slice(at + 2))).toBe(false);
    })));
});
