import type { Admin } from 'kafkajs';
import { Gauge, type Registry } from 'prom-client';
import type { ParkedStore } from '../dead-letters/parked-store.js';
import { consumerLag } from '../lag/consumer-lag.js';

/** A consumer group whose lag is reported. */
export interface LaggingGroup {
  readonly groupId: string;
  readonly topics: readonly string[];
}

/** Something with a backlog of events, e.g. a relay: `linli_relay_lag_events{relay=name}`. */
export interface LagSource {
  readonly name: string;
  lag(): Promise<number>;
}

/** What the messaging gauges read at each scrape (getters are read at each scrape too). */
export interface MessagingMetricsSources {
  /** The admin client for lag queries, or a function connecting one on demand. */
  readonly admin?: Admin | (() => Promise<Admin>);
  readonly groups?: readonly LaggingGroup[];
  readonly relays?: readonly LagSource[];
  readonly parked?: ParkedStore;
}

/**
 * Registers `linli_consumer_lag{group,topic,partition}`, `linli_relay_lag_events{relay}` and
 * `linli_dead_letter_parked{group}` on the registry. Values are read at scrape time; a source that
 * fails leaves its gauge empty for that scrape rather than failing /metrics.
 */
export function registerMessagingMetrics(registry: Registry, sources: MessagingMetricsSources): void {
  new Gauge({
    name: 'linli_consumer_lag',
    help: 'Messages not yet consumed, per consumer group and partition',
    labelNames: ['group', 'topic', 'partition'],
    registers: [registry],
    async collect() {
      this.reset();
      const groups = sources.groups ?? [];
      const admin = typeof sources.admin === 'function' && groups.length > 0 ? await sources.admin().catch(() => undefined) : sources.admin;
      if (!admin || typeof admin === 'function') return;
      for (const group of groups) {
        const lags = await consumerLag(admin, group.groupId, group.topics).catch(() => []);
        for (const lag of lags) this.set({ group: lag.groupId, topic: lag.topic, partition: String(lag.partition) }, lag.lag);
      }
    },
  });
  new Gauge({
    name: 'linli_relay_lag_events',
    help: 'Events of the relay streams stored but not yet published (counted up to 1000)',
    labelNames: ['relay'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const relay of sources.relays ?? []) {
        const lag = await relay.lag().catch(() => undefined);
        if (lag !== undefined) this.set({ relay: relay.name }, lag);
      }
    },
  });
  new Gauge({
    name: 'linli_dead_letter_parked',
    help: 'Messages parked in the dead-letter store, per consumer group',
    labelNames: ['group'],
    registers: [registry],
    async collect() {
      this.reset();
      const counts = await sources.parked?.countParked().catch(() => undefined);
      // A service reports its own groups only: the table is shared, and every service reporting
      // every group would duplicate each series (and each alert) once per service.
      const groups = sources.groups;
      if (groups) for (const group of groups) this.set({ group: group.groupId }, counts?.get(group.groupId) ?? 0);
      else for (const [group, n] of counts ?? []) this.set({ group }, n);
    },
  });
}
