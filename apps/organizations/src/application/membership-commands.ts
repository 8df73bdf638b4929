import { Injectable } from '@nestjs/common';
import { memberDecider, memberStreamName, type ReportBack, type TransferMember } from '@linli/organizations-domain';
import { CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { AggregateFacts } from './aggregate-facts.js';
import { newAggregateId } from './aggregate-ids.js';

export type ReportBackInput = Omit<ReportBack['data'], 'memberId' | 'facts'> & { memberId?: string };
export type TransferInput = Omit<TransferMember['data'], 'memberId' | 'facts'>;

/** Member commands that name a branch: the branch is read from its stream and handed to the domain. */
@Injectable()
export class MembershipCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: AggregateFacts,
  ) {}

  /** A first report-back (new member) or a return after leaving (known member id). */
  async reportBack(input: ReportBackInput, context: CommandContext): Promise<CommandAccepted> {
    const memberId = newAggregateId('member', input.memberId, context);
    const branch = await this.facts.unit(input.branchUnitId);
    const data = { ...input, memberId, facts: { branch } };
    return this.executor.execute(memberDecider, memberStreamName(memberId), memberId, context, { type: 'ReportBack', data });
  }

  async transfer(memberId: string, input: TransferInput, context: CommandContext): Promise<CommandAccepted> {
    const branch = await this.facts.unit(input.toBranchUnitId);
    const data = { ...input, memberId, facts: { branch } };
    return this.executor.execute(memberDecider, memberStreamName(memberId), memberId, context, { type: 'TransferMember', data });
  }
}
