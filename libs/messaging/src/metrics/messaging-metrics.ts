import type { Admin } from 'kafkajs';
import { Gauge, type Registry } from 'prom-client';
import type { ParkedStore } from '../dead-letters/parked-store.js';
import { consumerLag } from '../lag/consumer-lag.js';
import type { Relay } from '../relay/relay.js';

/** A consumer group whose lag is reported. */
export interface LaggingGroup {
  readonly groupId: string;
  readonly topics: readonly string[];
}

/** What the messaging gauges read at each scrape. */
export interface MessagingMetricsSources {
  readonly admin?: Admin;
  readonly groups?: readonly LaggingGroup[];
  readonly relays?: readonly Relay[];
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
      if (!sources.admin) return;
      for (const group of sources.groups ?? []) {
        const lags = await consumerLag(sources.admin, group.groupId, group.topics).catch(() => []);
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
      for (const group of sources.groups ?? []) this.set({ group: group.groupId }, counts?.get(group.groupId) ?? 0);
      for (const [group, n] of counts ?? []) if (!sources.groups?.some((g) => g.groupId === group)) this.set({ group }, n);
    },
  });
}
