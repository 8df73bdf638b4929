import type { EventFilter, ReadStreamOptions, SubscribeOptions } from './port.js';

/** Rejects read options that would otherwise be silently misread (e.g. a number for a bigint). */
export function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1)) throw new TypeError(`limit must be a positive integer, not ${String(limit)}`);
}

export function checkReadStreamOptions(options: ReadStreamOptions): void {
  checkLimit(options.limit);
  if (options.from !== undefined && (typeof options.from !== 'bigint' || options.from < 0n)) throw new TypeError('from must be a bigint revision >= 0n');
  if (options.direction !== undefined && options.direction !== 'forwards' && options.direction !== 'backwards') {
    throw new TypeError("direction must be 'forwards' or 'backwards'");
  }
}

export function checkPosition(position: bigint | undefined, name: string): void {
  if (position !== undefined && (typeof position !== 'bigint' || position < 0n)) throw new TypeError(`${name} must be a bigint position >= 0n`);
}

/** An empty list would match nothing, which is never what a caller means: omit the filter instead. */
export function checkFilter(filter: EventFilter | undefined): void {
  for (const key of ['streamPrefixes', 'eventTypes'] as const) {
    const list = filter?.[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string' || item === '')) {
      throw new TypeError(`filter.${key} must be a non-empty list of non-empty strings (omit it to match everything)`);
    }
  }
}

/** True when the event passes the filter; adapters that cannot filter on both fields server-side use it. */
export function matchesFilter(filter: EventFilter | undefined, streamName: string, type: string): boolean {
  if (filter?.streamPrefixes && !filter.streamPrefixes.some((prefix) => streamName.startsWith(prefix))) return false;
  if (filter?.eventTypes && !filter.eventTypes.includes(type)) return false;
  return true;
}

export function checkSubscribeOptions(options: SubscribeOptions): void {
  checkPosition(options.fromCheckpoint?.position, 'fromCheckpoint.position');
  checkFilter(options.filter);
  if (options.batchSize !== undefined && (!Number.isSafeInteger(options.batchSize) || options.batchSize < 1)) throw new TypeError('batchSize must be a positive integer');
}
