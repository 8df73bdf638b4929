import { randomBytes } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Ids made within one millisecond by this process stay in creation order: the 12-bit rand_a
// field carries a counter (RFC 9562 §6.2, method 1), so sorting by id is sorting by creation.
let lastMillis = -1;
let counter = 0;

// One call to the system's random source per 256 ids instead of one per id: that call costs far
// more than the bytes (node's own randomUUID pools its entropy the same way).
const POOL_IDS = 256;
let pool = Buffer.alloc(0);
let offset = 0;

function random10(): Buffer {
  if (offset >= pool.length) {
    pool = randomBytes(10 * POOL_IDS);
    offset = 0;
  }
  offset += 10;
  return pool.subarray(offset - 10, offset);
}

/** A new RFC 9562 version-7 UUID: 48-bit Unix milliseconds, then random bits. */
export function uuidv7(now: number = Date.now()): string {
  const random = random10();
  if (now > lastMillis) {
    lastMillis = now;
    counter = ((random[0] << 8) | random[1]) & 0x1ff; // start low so the counter rarely overflows
  } else if (++counter > 0xfff) {
    lastMillis += 1; // counter exhausted: borrow the next millisecond rather than lose the order
    counter = 0;
  }
  const bytes = Buffer.allocUnsafe(16);
  bytes.writeUIntBE(lastMillis, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  random.copy(bytes, 8, 2, 10); // 64 random bits
  bytes[8] = 0x80 | (bytes[8] & 0x3f); // RFC variant 10xx
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True for any RFC 9562 UUID in its canonical textual form (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The Unix milliseconds a version-7 UUID was made at. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
