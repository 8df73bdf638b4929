/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, S, V, Z); the 18th is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a code, or null if they are not 17 valid symbols. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True when a code has 18 symbols of the alphabet and a correct check character (case-sensitive). */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}
