import { Injectable } from '@nestjs/common';
import { orgUnitDecider, orgUnitStreamName, type EstablishUnit, type ServedCommunityFacts } from '@linli/organizations-domain';
import { countActiveChildUnits, findBranchServing } from '@linli/organizations-read-models';
import { CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { ReadModelRunner } from '../read-models/read-model-runner.js';
import { AggregateFacts } from './aggregate-facts.js';
import { newAggregateId } from './aggregate-ids.js';

const unitStreams = orgUnitStreamName('');

export type EstablishUnitInput = Omit<EstablishUnit['data'], 'unitId' | 'facts'> & { unitId?: string };

/**
 * The unit commands that need facts. The parent and the served estates are read from their
 * streams; which branch serves an estate and how many units sit under one need a query over many
 * units, so they come from the units read model after it has caught up with every unit event
 * visible now. Two clients racing (two branches for one estate, a child established while its
 * parent is dissolved) can still both pass; the domain has no aggregate spanning them to refuse it.
 */
@Injectable()
export class OrgUnitCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly facts: AggregateFacts,
    private readonly readModels: ReadModelRunner,
  ) {}

  async establish(input: EstablishUnitInput, context: CommandContext): Promise<CommandAccepted> {
    const unitId = newAggregateId('org-unit', input.unitId, context);
    const parent = input.parentUnitId === null ? null : await this.facts.unit(input.parentUnitId);
    const servedCommunities = await this.servedCommunities(input.servedCommunityIds ?? []);
    const data = { ...input, unitId, facts: { parent, servedCommunities } };
    return this.executor.execute(orgUnitDecider, orgUnitStreamName(unitId), unitId, context, { type: 'EstablishUnit', data });
  }

  async dissolve(unitId: string, input: { reason: string; effectiveFrom: string }, context: CommandContext): Promise<CommandAccepted> {
    await this.readModels.catchUp(unitStreams);
    const activeChildCount = await countActiveChildUnits(this.readModels.connection, unitId);
    const data = { unitId, ...input, facts: { activeChildCount } };
    return this.executor.execute(orgUnitDecider, orgUnitStreamName(unitId), unitId, context, { type: 'DissolveUnit', data });
  }

  /** Each registered estate with the branch serving it; an unregistered one is left out (the domain answers 404). */
  private async servedCommunities(communityIds: readonly string[]): Promise<Record<string, ServedCommunityFacts>> {
    if (communityIds.length === 0) return {};
    await this.readModels.catchUp(unitStreams);
    const entries = await Promise.all(
      communityIds.map(async (communityId) => {
        const community = await this.facts.community(communityId);
        if (community === null) return [];
        const servedByBranchId = await findBranchServing(this.readModels.connection, communityId);
        return [[communityId, { communityUnitId: community.communityUnitId, servedByBranchId }] as const];
      }),
    );
    return Object.fromEntries(entries.flat());
  }
}
