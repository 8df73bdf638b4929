import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, type HandleResult } from '@linli/command-handling';
import type { Command, Decider, DomainEvent } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import type { CommandContext } from './command-context.js';
import { EVENT_STORE } from '../tokens.js';
import { activeTracer, inSpan } from '@linli/messaging';
import { context as otelContext } from '@opentelemetry/api';


/** What a command endpoint answers: where the change landed, for If-Match and read-your-writes. */
export interface CommandAccepted {
  readonly id: string;
  readonly revision: string;
  readonly position: string | null;
  readonly events: readonly string[];
}

/** Runs a command built from a request through the one command path of the service. */
@Injectable()
export class CommandExecutor {
  constructor(@Inject(EVENT_STORE) readonly store: EventStore) {}

  async execute<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    stream: string,
    id: string,
    context: CommandContext,
    command: { type: C['type']; data: C['data']; reason?: string },
  ): Promise<CommandAccepted> {
    const full = {
      type: command.type,
      data: command.data,
      metadata: {
        now: context.now,
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.causationId,
        ...(command.reason !== undefined ? { reason: command.reason } : {}),
      },
    } as C;
    const handle = () =>
      handleCommand(this.store, decider, stream, full, {
        ...(context.expectedRevision !== undefined ? { expectedRevision: context.expectedRevision } : {}),
        ...(context.idempotencyKey !== undefined ? { idempotencyKey: context.idempotencyKey } : {}),
      });
    // With tracing on, `command <type>`: read, decide and each append try (conflicts retried) under it.
    const tracer = activeTracer();
    const result: HandleResult<E> = await (tracer ? inSpan(tracer, `command ${command.type}`, { attributes: { 'linli.command': command.type } }, otelContext.active(), handle) : handle());
    return { id, revision: String(result.revision), position: result.position === null ? null : String(result.position), events: result.events.map((e) => e.type) };
  }
}
