import type { EventFilter } from '../port.js';
import { WakeSignal } from './wake-signal.js';

/** A subscription's own wake-up signal, woken only by appends its filter may match. */
export interface WakeRoute {
  readonly signal: WakeSignal;
  close(): void;
}

/**
 * Routes "something was appended" to the subscriptions it may concern. Every service shares one
 * log, so a wake-up for every append would make each subscription of every process read a page
 * (mostly empty: its filter matches another service's streams) at the very moment the
 * subscription that wants the event reads it. A wake-up that names the streams appended to wakes
 * only the subscriptions whose stream prefixes match one of them; one that names none (a legacy
 * notification, a reconnect, too many streams to list) wakes them all. A subscription missed here
 * would still find its events by its poll, so routing can only make it later, never lose events.
 */
export class WakeRouter {
  private readonly routes = new Set<{ readonly prefixes: readonly string[] | undefined; readonly signal: WakeSignal }>();

  /** A signal for one subscription with this filter; close it when the subscription ends. */
  route(filter: EventFilter | undefined): WakeRoute {
    const prefixes = filter?.streamPrefixes && filter.streamPrefixes.length > 0 ? [...filter.streamPrefixes] : undefined;
    const entry = { prefixes, signal: new WakeSignal() };
    this.routes.add(entry);
    return { signal: entry.signal, close: () => void this.routes.delete(entry) };
  }

  /** `streams`: the streams appended to, or undefined when not known (wakes every subscription). */
  fire(streams?: readonly string[]): void {
    for (const { prefixes, signal } of this.routes) if (concerns(prefixes, streams)) signal.fire();
  }
}

/** Whether an append to one of `streams` may match a subscription with these stream prefixes. */
function concerns(prefixes: readonly string[] | undefined, streams: readonly string[] | undefined): boolean {
  if (prefixes === undefined || streams === undefined) return true;
  return streams.some((stream) => prefixes.some((prefix) => stream.startsWith(prefix)));
}
