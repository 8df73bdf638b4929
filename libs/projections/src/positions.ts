// Positions are 64-bit; they are stored as fixed-width decimal strings so that MongoDB (and
// FerretDB, which lacks some numeric types) compares and sorts them correctly as text.
const WIDTH = 20;

export function encodePosition(position: bigint): string {
  if (position < 0n) throw new RangeError(`a position cannot be negative: ${position}`);
  return position.toString().padStart(WIDTH, '0');
}

export function decodePosition(encoded: string): bigint {
  return BigInt(encoded);
}
