import { Inject, Injectable, ServiceUnavailableException, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import { organizationsStreamPrefix } from '@linli/organizations-domain';
import { ensureOrganizationsIndexes, organizationsProjections } from '@linli/organizations-read-models';
import { runEventStoreProjections, type RunningProjection } from '@linli/projections';
import { EVENT_STORE, Infrastructure, SERVICE_LOGGER } from '@linli/service-kit';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

const RUNNER = 'organizations-read-models';
const CATCH_UP_PAGE = 200;
const CATCH_UP_TIMEOUT_MS = 5_000;

/**
 * Runs the organizations read models from the service's own streams and tells how far they have
 * got. It starts in the background once MongoDB answers, so the service can report itself not
 * ready instead of failing to start; readers wait for it through `waitFor`.
 */
@Injectable()
export class ReadModelRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private starting: Promise<RunningProjection | null> = Promise.resolve(null);
  private loop: RunningProjection | null = null;
  private stopping = false;

  constructor(
    @Inject(Infrastructure) private readonly infrastructure: Infrastructure,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  get connection(): Connection {
    return this.infrastructure.mongo;
  }

  onApplicationBootstrap(): void {
    this.starting = this.start().catch((error: Error) => {
      this.logger.error({ err: error.message }, 'read models did not start');
      return null;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await (await this.starting)?.stop();
  }

  /** The event-store position every read model reflects (0 before the first batch). */
  position(): bigint {
    return this.loop?.position() ?? 0n;
  }

  /** Resolves true once the read models reflect `position`, false after `timeoutMs`. */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const running = await Promise.race([this.starting, timedOut]);
    clearTimeout(timer);
    return running !== null && running.waitFor(position, Math.max(0, deadline - Date.now()));
  }

  /**
   * Waits until the read models reflect every event of streams with this prefix that readers can
   * see now. A command whose facts come from a read model calls it first, so a client that made a
   * change and then acts on it is decided on that change; two racing clients can still both pass.
   */
  async catchUp(streamPrefix: string): Promise<void> {
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    for (;;) {
      const pending = await this.store.readAll({ fromPosition: this.position(), filter: { streamPrefixes: [streamPrefix] }, limit: CATCH_UP_PAGE });
      const last = pending[pending.length - 1];
      if (last === undefined) return;
      if (!(await this.waitFor(last.globalPosition, Math.max(0, deadline - Date.now())))) {
        throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'the read models are catching up; retry shortly' });
      }
    }
  }

  private async start(): Promise<RunningProjection | null> {
    while (this.connection.readyState !== 1) {
      if (this.stopping) return null;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await ensureOrganizationsIndexes(this.connection);
    const loop = await runEventStoreProjections({
      name: RUNNER,
      store: this.store,
      connection: this.connection,
      projections: organizationsProjections,
      source: 'organizations',
      filter: { streamPrefixes: [organizationsStreamPrefix] },
      onError: (error, failures) => this.logger.error({ err: (error as Error).message, failures, position: String(this.position()) }, 'read models stopped on an error; restarting from the last applied position'),
    });
    this.loop = loop;
    this.logger.info({ position: String(loop.position()) }, 'read models running');
    return loop;
  }
}
