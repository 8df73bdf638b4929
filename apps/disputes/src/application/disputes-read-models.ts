import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DISPUTES_READ_MODELS, disputesProjections, ensureDisputesIndexes } from '@linli/disputes-read-models';
import type { EventStore } from '@linli/event-store';
import { runEventStoreProjections, type RunningProjection } from '@linli/projections';
import { EVENT_STORE, Infrastructure, keepTrying, SERVICE_LOGGER } from '@linli/service-kit';
import type { Logger } from 'pino';

/**
 * Keeps the read models up to date: one runner tails the service's own streams (`disputes.`) from
 * its checkpoint. It starts in the background, so the API is up while MongoDB is still coming up;
 * until then the read models answer at position 0.
 */
@Injectable()
export class DisputesReadModels implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running: RunningProjection | undefined;
  private starting: Promise<RunningProjection | undefined> = Promise.resolve(undefined);
  private stopped = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.starting = this.start();
  }

  /** How far the read models have got in the event log. */
  position(): bigint {
    return this.running?.position() ?? 0n;
  }

  /** True once every event up to `position` is in the read models, false after `timeoutMs`. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
    const running = this.running ?? (await Promise.race([this.starting, timeout]));
    clearTimeout(timer);
    return running ? running.waitFor(position, Math.max(0, timeoutMs - (Date.now() - started))) : false;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await (await this.starting)?.stop();
  }

  private async start(): Promise<RunningProjection | undefined> {
    const { name, source, streamPrefix } = DISPUTES_READ_MODELS;
    return keepTrying({ message: 'disputes read models could not start yet; retrying', logger: this.logger, stopped: () => this.stopped }, async () => {
      await ensureDisputesIndexes(this.infra.mongo);
      this.running = await runEventStoreProjections({
        name, store: this.store, connection: this.infra.mongo, projections: disputesProjections, source, filter: { streamPrefixes: [streamPrefix] },
        onError: (error, failures) => this.logger.warn({ runner: name, failures, err: (error as Error).message }, 'projection runner failed; resubscribing'),
      });
      return this.running;
    });
  }
}
