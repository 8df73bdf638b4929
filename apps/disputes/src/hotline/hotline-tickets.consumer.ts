import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { hotlineTicketSubmittedV1, type HotlineTicketSubmittedV1 } from '@linli/contracts';
import { DomainRuleViolation } from '@linli/domain-kernel';
import { createPostgresKeyStore } from '@linli/event-store';
import { ParkedStore, PermanentFailure, personalDataSealer, startConsumer, type RunningConsumer } from '@linli/messaging';
import { Infrastructure, keepTrying, MessagingRegistry, SERVICE_LOGGER } from '@linli/service-kit';
import type { Logger } from 'pino';
import { HotlineIntake } from '../application/hotline-intake.js';
import { DISPUTES_CONFIG, type DisputesConfig } from '../config/disputes-config.js';
import { ticketFromEvent, UnusableTicket } from './hotline-ticket.js';

const RESTART_DELAY_MS = 5_000;

/**
 * Consumes the 12345 hotline's tickets (consumer group `linli-disputes-hotline`) and reports each
 * as a dispute, exactly once per ticket: the dispute id is derived from the ticket id and the
 * report carries it as its idempotency key, so a redelivered or re-sent ticket is a no-op. A ticket
 * that breaks the schema (an unknown category included) is parked by the consumer framework before
 * it gets here; one that breaks a rule (no caller, unregistered community) is parked at once with
 * the reason. Either way it lands in `<group>.dlq` and only its community's later tickets wait.
 * Logs carry the ticket id and the error, never the caller or the description.
 */
@Injectable()
export class HotlineTicketsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: RunningConsumer | undefined;
  private unregister: (() => void) | undefined;
  private starting: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    @Inject(HotlineIntake) private readonly intake: HotlineIntake,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(MessagingRegistry) private readonly registry: MessagingRegistry,
    @Inject(DISPUTES_CONFIG) private readonly config: DisputesConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts in the background (with back-off while Kafka comes up), so the API answers meanwhile. */
  onApplicationBootstrap(): void {
    if (this.config.hotline.enabled) this.starting = this.keepTrying();
  }

  /** Resolves once the member has joined its group (never when the consumer is off). */
  async joined(): Promise<void> {
    await this.starting;
    await this.consumer?.joined;
  }

  /** Before the kit closes the connections: the in-flight ticket finishes, its offset is committed, the member leaves. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.starting;
    this.unregister?.();
    await this.consumer?.stop();
  }

  private async keepTrying(): Promise<void> {
    const context = { group: this.config.hotline.groupId };
    await keepTrying({ message: 'hotline tickets consumer could not start yet; retrying', logger: this.logger, stopped: () => this.stopping, context, maxDelayMs: RESTART_DELAY_MS }, () => this.start());
  }

  private async start(): Promise<void> {
    const { groupId, topic, fastGroup } = this.config.hotline;
    this.consumer = await startConsumer({
      kafka: this.infra.kafka,
      groupId,
      topics: [topic],
      // Tickets carry the caller's name and phone: parked ones are sealed at rest (linli_parked and the .dlq topic).
      deadLetters: await ParkedStore.create(this.infra.pg, undefined, { sealer: personalDataSealer(await createPostgresKeyStore({ pool: this.infra.pg })) }),
      accept: [hotlineTicketSubmittedV1],
      retry: { attempts: 5, backoffMs: 200 },
      ...(fastGroup && { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 200 }),
      handler: async ({ event }) => this.report(event.data as HotlineTicketSubmittedV1),
    });
    if (this.stopping) return void (await this.consumer.stop());
    this.unregister = this.registry.registerConsumer(this.consumer);
    this.logger.info({ group: groupId, topic }, 'consuming 12345 hotline tickets');
  }

  private async report(data: HotlineTicketSubmittedV1): Promise<void> {
    try {
      const accepted = await this.intake.reportFromHotlineTicket(ticketFromEvent(data));
      this.logger.info({ ticketId: data.ticketId, disputeId: accepted.id }, 'hotline ticket reported as a dispute');
    } catch (error) {
      if (error instanceof UnusableTicket) throw new PermanentFailure(error.message);
      if (error instanceof DomainRuleViolation) throw new PermanentFailure(`hotline ticket ${data.ticketId}: ${error.code}: ${error.message}`);
      throw error; // transient (a server away): retried with back-off, then parked
    }
  }
}
