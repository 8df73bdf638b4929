import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import {
  awardStreamName, communityAward, ratingRubric, rubricStreamName, rubricVersion,
  type AmendAward, type Area, type AwardStars, type PublishRubricVersion, type RatingRubric, type RatingRubricEvent, type RevokeAward, type StarThreshold,
} from '@linli/ratings-domain';
import { CommandExecutor, EVENT_STORE, type CommandAccepted, type CommandContext } from '@linli/service-kit';

/** A rubric version as the assessors send it. */
export interface RubricVersionInput {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly areas: readonly Area[];
  readonly starThresholds: readonly StarThreshold[];
}

/** What the assessors saw when they awarded: the rubric version, its score and recommendation. */
export interface AwardInput {
  readonly stars: number;
  readonly rubricId: string;
  readonly rubricVersion: number;
  readonly scoreSeen: number;
  readonly recommendedStars: number;
  readonly reason?: string;
}

/** The write side: every command goes through the service kit's one command path. */
@Injectable()
export class RatingCommands {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  publishRubricVersion(rubricId: string, input: RubricVersionInput, context: CommandContext): Promise<CommandAccepted> {
    const data: PublishRubricVersion['data'] = { rubricId, ...input };
    return this.executor.execute(ratingRubric, rubricStreamName(rubricId), rubricId, context, { type: 'PublishRubricVersion', data });
  }

  /** Awards stars under a published rubric version (an unknown version is a 404). */
  async award(communityId: string, period: string, input: AwardInput, context: CommandContext): Promise<CommandAccepted> {
    if (rubricVersion(await this.rubric(input.rubricId), input.rubricVersion) === null) throw new NotFound('RubricVersion', `${input.rubricId}/${input.rubricVersion}`);
    const data: AwardStars['data'] = {
      communityId,
      period,
      stars: input.stars,
      rubricVersion: { rubricId: input.rubricId, version: input.rubricVersion },
      scoreSeen: input.scoreSeen,
      recommendedStars: input.recommendedStars,
      ...(input.reason !== undefined && { reason: input.reason }),
    };
    return this.executor.execute(communityAward, awardStreamName(communityId, period), communityId, context, { type: 'AwardStars', data });
  }

  amend(communityId: string, period: string, stars: number, reason: string, context: CommandContext): Promise<CommandAccepted> {
    const data: AmendAward['data'] = { communityId, period, stars, reason };
    return this.executor.execute(communityAward, awardStreamName(communityId, period), communityId, context, { type: 'AmendAward', data, reason });
  }

  revoke(communityId: string, period: string, reason: string, context: CommandContext): Promise<CommandAccepted> {
    const data: RevokeAward['data'] = { communityId, period, reason };
    return this.executor.execute(communityAward, awardStreamName(communityId, period), communityId, context, { type: 'RevokeAward', data, reason });
  }

  /** A rubric as its own stream says (the source of truth for a command). */
  private async rubric(rubricId: string): Promise<RatingRubric> {
    const events = await this.store.readStream(rubricStreamName(rubricId));
    return events.reduce((state, event) => ratingRubric.evolve(state, event as unknown as RatingRubricEvent), ratingRubric.initialState());
  }
}
