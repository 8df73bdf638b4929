import { Injectable } from '@nestjs/common';
import {
  receptionDayDecider,
  receptionDayStreamName,
  residentialCommunityDecider,
  residentialCommunityStreamName,
  type RegisterResidentialCommunity,
  type ScheduleReceptionDay,
} from '@linli/organizations-domain';
import { CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { AggregateFacts } from './aggregate-facts.js';
import { newAggregateId } from './aggregate-ids.js';

export type RegisterCommunityInput = Omit<RegisterResidentialCommunity['data'], 'communityId' | 'facts'> & { communityId?: string };
export type ScheduleReceptionDayInput = Omit<ScheduleReceptionDay['data'], 'receptionDayId' | 'facts'> & { receptionDayId?: string };

/** Commands placed in an estate or under a community-level unit: that aggregate is read from its stream. */
@Injectable()
export class EstateCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: AggregateFacts,
  ) {}

  async registerCommunity(input: RegisterCommunityInput, context: CommandContext): Promise<CommandAccepted> {
    const communityId = newAggregateId('residential-community', input.communityId, context);
    const communityUnit = await this.facts.unit(input.communityUnitId);
    const data = { ...input, communityId, facts: { communityUnit } };
    const stream = residentialCommunityStreamName(communityId);
    return this.executor.execute(residentialCommunityDecider, stream, communityId, context, { type: 'RegisterResidentialCommunity', data });
  }

  async scheduleReceptionDay(input: ScheduleReceptionDayInput, context: CommandContext): Promise<CommandAccepted> {
    const receptionDayId = newAggregateId('reception-day', input.receptionDayId, context);
    const community = await this.facts.community(input.communityId);
    const data = { ...input, receptionDayId, facts: { community } };
    return this.executor.execute(receptionDayDecider, receptionDayStreamName(receptionDayId), receptionDayId, context, { type: 'ScheduleReceptionDay', data });
  }
}
