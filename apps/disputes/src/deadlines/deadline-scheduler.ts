import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import { CommandExecutor, EVENT_STORE, Infrastructure, SERVICE_LOGGER } from '@linli/service-kit';
import type { Logger } from 'pino';
import { yearsMissingFrom } from '../config/china-working-calendar.js';
import { DISPUTES_CONFIG, type DisputesConfig } from '../config/disputes-config.js';
import { Clock } from './clock.js';
import { DeadlinePoller } from './deadline-poller.js';
import { createDeadlineTables } from './deadline-table.js';
import { DeadlineTracker } from './deadline-tracker.js';

/**
 * The durable deadline scheduler: a tracker keeps one PostgreSQL row per deadline from the event
 * log, a poller checks the rows that came due. Nothing lives only in memory, so deadlines that pass
 * while no instance runs are checked after the next start, and any number of instances may run.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private tracker: DeadlineTracker | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(DISPUTES_CONFIG) private readonly config: DisputesConfig,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const missing = yearsMissingFrom(this.config.deadlines.calendar, this.clock.now());
    if (missing.length > 0) this.logger.warn({ years: missing }, 'the working calendar lists no holidays for these years: add them (DISPUTES_CALENDAR)');
    if (!this.config.scheduler.enabled) return;
    await createDeadlineTables(this.infra.pg);
    this.tracker = new DeadlineTracker(this.infra.pg, this.store, this.logger, this.config.scheduler.graceMs);
    const poller = new DeadlinePoller(this.infra.pg, this.executor, this.clock, () => this.config.deadlines, this.logger);
    this.schedule(poller, 0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
    await this.tracker?.stop();
  }

  /** Polls again at once while a round finds a full batch, else after the interval. */
  private schedule(poller: DeadlinePoller, delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.ticking = poller.tick().then(
        (claimed) => this.schedule(poller, claimed > 0 ? 0 : this.config.scheduler.pollMs),
        (error: Error) => {
          this.logger.warn({ err: error.message }, 'deadline poll failed');
          this.schedule(poller, this.config.scheduler.pollMs);
        },
      );
    }, delayMs);
  }
}
