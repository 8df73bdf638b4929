import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { consumerLag, registerMessagingMetrics, totalLag, type LagSource, type PartitionLag, type RunningConsumer } from '@linli/messaging';
import type { Admin } from 'kafkajs';
import { Infrastructure } from '../health/infrastructure.js';
import { ReadinessChecks, type ReadinessReport } from '../health/readiness-checks.js';
import { ServiceMetrics } from '../observability/metrics.js';

const LAG_CACHE_MS = 1_000;

/**
 * The consumer groups and relays this process runs. Registering a consumer gives it the lag
 * gauge (`linli_consumer_lag{group,topic,partition}`), a `consumers` indicator in /health/ready
 * with each group's lag, and the dead-letter operator routes (retry runs through its handler, so
 * only the process running the group can retry it). Relays register for `linli_relay_lag_events`.
 */
@Injectable()
export class MessagingRegistry implements OnApplicationShutdown {
  private readonly consumers = new Map<string, RunningConsumer>();
  private readonly relays = new Map<string, LagSource>();
  private admin: Promise<Admin> | undefined;
  private lagCache: { at: number; lags: Promise<Map<string, PartitionLag[]>> } | undefined;

  constructor(
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
    @Inject(ReadinessChecks) private readonly readiness: ReadinessChecks,
  ) {
    const consumers = this.consumers;
    const relays = this.relays;
    registerMessagingMetrics(metrics.registry, {
      admin: () => this.connectedAdmin(),
      get groups() {
        return [...consumers.values()].map(({ groupId, topics }) => ({ groupId, topics }));
      },
      get relays() {
        return [...relays.values()];
      },
      get parked() {
        return consumers.values().next().value?.parked;
      },
    });
  }

  /** Adds a running consumer (replacing one of the same group, e.g. after a restart); returns its removal. */
  registerConsumer(consumer: RunningConsumer): () => void {
    this.consumers.set(consumer.groupId, consumer);
    this.lagCache = undefined;
    this.readiness.add({ name: 'consumers', check: () => this.consumerReadiness() });
    return () => {
      if (this.consumers.get(consumer.groupId) === consumer) this.consumers.delete(consumer.groupId);
    };
  }

  /** Adds a relay's backlog to `linli_relay_lag_events` (replacing one of the same name). */
  registerRelay(relay: LagSource): void {
    this.relays.set(relay.name, relay);
  }

  consumer(groupId: string): RunningConsumer | undefined {
    return this.consumers.get(groupId);
  }

  allConsumers(): readonly RunningConsumer[] {
    return [...this.consumers.values()];
  }

  /** Lag per partition of every registered group, from the broker (cached for a second). */
  async lags(): Promise<Map<string, PartitionLag[]>> {
    if (!this.lagCache || Date.now() - this.lagCache.at > LAG_CACHE_MS) {
      const lags = this.fetchLags();
      lags.catch(() => undefined);
      this.lagCache = { at: Date.now(), lags };
    }
    return this.lagCache.lags;
  }

  private async fetchLags(): Promise<Map<string, PartitionLag[]>> {
    const admin = await this.connectedAdmin();
    const groups = [...this.consumers.values()];
    return new Map(await Promise.all(groups.map(async (c) => [c.groupId, await consumerLag(admin, c.groupId, c.topics)] as const)));
  }

  /** Lag is information, not a failure: the indicator stays up (a service decides its own thresholds). */
  private async consumerReadiness(): Promise<ReadinessReport> {
    if (this.consumers.size === 0) return { status: 'up', groups: {} };
    try {
      const lags = await this.lags();
      return { status: 'up', groups: Object.fromEntries([...lags].map(([group, partitions]) => [group, { lag: totalLag(partitions) }])) };
    } catch (error) {
      return { status: 'up', groups: Object.fromEntries([...this.consumers.keys()].map((group) => [group, { lag: null }])), lagError: (error as Error).message };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await (await admin?.catch(() => undefined))?.disconnect().catch(() => undefined);
  }

  /** One admin client for lag queries, connected on first use (again after a failed connect). */
  private connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.infra.kafka.admin();
      const connected = admin.connect().then(() => admin);
      connected.catch(() => {
        if (this.admin === connected) this.admin = undefined;
      });
      this.admin = connected;
    }
    return this.admin;
  }
}
