import type { RecordedEvent } from '../envelope.js';

/** Upgrades the stored data of one event type from `fromVersion` to `fromVersion + 1`. */
// `From = never` lets upcasters of different shapes share one list; each declares its own input.
export interface Upcaster<From = never, To = unknown> {
  readonly eventType: string;
  readonly fromVersion: number;
  /** Pure: gets the old data and the whole stored envelope (e.g. to default from metadata). */
  readonly upcast: (data: From, event: RecordedEvent) => To;
}

/**
 * The chains of upcasters per event type. Reads run an event through every step from its stored
 * version up, so deciders and projections only ever see the current shape.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      if (!Number.isSafeInteger(upcaster.fromVersion) || upcaster.fromVersion < 1) throw new Error(`upcaster of ${upcaster.eventType}: fromVersion must be an integer >= 1`);
      const chain = this.steps.get(upcaster.eventType) ?? new Map<number, Upcaster>();
      if (chain.has(upcaster.fromVersion)) throw new Error(`upcaster of ${upcaster.eventType} v${upcaster.fromVersion} is already registered`);
      this.steps.set(upcaster.eventType, chain.set(upcaster.fromVersion, upcaster));
    }
    return this;
  }

  /** The version reads deliver for an event type (1 when it has no upcasters). */
  currentVersion(eventType: string): number {
    const chain = this.steps.get(eventType);
    return chain ? Math.max(...chain.keys()) + 1 : 1;
  }

  /** The event in its current shape; an event already current (or newer) is returned as is. */
  upcast(event: RecordedEvent): RecordedEvent {
    const chain = this.steps.get(event.type);
    if (!chain) return event;
    let current = event;
    for (let step = chain.get(current.schemaVersion); step; step = chain.get(current.schemaVersion)) {
      current = { ...current, data: step.upcast(current.data as never, current), schemaVersion: current.schemaVersion + 1 };
    }
    if (current.schemaVersion < this.currentVersion(event.type)) {
      throw new Error(`no upcaster for ${event.type} v${current.schemaVersion}: the chain to v${this.currentVersion(event.type)} has a gap`);
    }
    return current;
  }
}
