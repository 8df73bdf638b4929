import { Inject, Injectable } from '@nestjs/common';
import { disputeDecider, streamName, type DisputeCommand } from '@linli/disputes-domain';
import { CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { disputeInBusinessOrder } from './business-order.js';

/** A dispute command as an endpoint builds it: the metadata comes from the request context. */
export type DisputeCommandInput = { [C in DisputeCommand as C['type']]: { type: C['type']; data: C['data'] } }[DisputeCommand['type']];

/**
 * Runs commands on one dispute's stream. A command may carry a past business time (`occurredAt`,
 * already checked to be neither in the future nor too old): it then stands in for the request's
 * `now`, which is what the domain records, and must not precede the dispute's latest event.
 */
@Injectable()
export class DisputeCommands {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  run(disputeId: string, context: CommandContext, command: DisputeCommandInput, occurredAt?: string): Promise<CommandAccepted> {
    if (occurredAt === undefined) return this.executor.execute(disputeDecider, streamName(disputeId), disputeId, context, command);
    const backdated = { ...context, now: new Date(occurredAt).toISOString() };
    return this.executor.execute(disputeInBusinessOrder, streamName(disputeId), disputeId, backdated, command);
  }
}
