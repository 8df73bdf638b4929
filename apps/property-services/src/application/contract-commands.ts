import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import {
  communityContracts,
  communityContractsStreamName,
  companyStandingOf,
  companyStreamName,
  contractById,
  propertyCompany,
  type CommunityContractsCommand,
  type CompanyStanding,
  type RecordTender,
  type RenewContract,
  type SignContract,
  type TerminateContract,
} from '@linli/property-services-domain';
import { CommandExecutor, EVENT_STORE, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { newAggregateId } from './aggregate-ids.js';
import { stateOf } from './stream-state.js';

type Input<C extends CommunityContractsCommand> = Omit<C['data'], 'communityId' | 'lookup'>;
type Creating<C extends CommunityContractsCommand, Id extends keyof C['data']> = Omit<Input<C>, Id> & { [K in Id]?: string | null };
type Signing = Omit<Creating<SignContract, 'contractId'>, 'tenderId'> & { tenderId?: string | null };

/** Tenders and contracts of a community, with the company facts signing and renewal need. */
@Injectable()
export class ContractCommands {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  recordTender(communityId: string, input: Creating<RecordTender, 'tenderId'>, context: CommandContext): Promise<CommandAccepted> {
    const tenderId = newAggregateId('tender', communityId, context, input.tenderId);
    return this.run(communityId, tenderId, context, { type: 'RecordTender', data: { ...input, communityId, tenderId } });
  }

  async sign(communityId: string, input: Signing, context: CommandContext): Promise<CommandAccepted> {
    const contractId = newAggregateId('contract', communityId, context, input.contractId);
    const companyStanding = await this.standingOf(input.companyId);
    const data = { ...input, communityId, contractId, tenderId: input.tenderId ?? null, lookup: { companyStanding } };
    return this.run(communityId, contractId, context, { type: 'SignContract', data });
  }

  async renew(communityId: string, contractId: string, input: Omit<Input<RenewContract>, 'contractId'>, context: CommandContext): Promise<CommandAccepted> {
    const { state } = await stateOf(this.store, communityContracts, communityContractsStreamName(communityId));
    const contract = contractById(state, contractId);
    if (!contract) throw new NotFound('ServiceContract', contractId);
    const lookup = { companyId: contract.companyId, companyStanding: await this.standingOf(contract.companyId) };
    return this.run(communityId, contractId, context, { type: 'RenewContract', data: { ...input, communityId, contractId, lookup } });
  }

  terminate(communityId: string, contractId: string, input: Omit<Input<TerminateContract>, 'contractId'>, context: CommandContext): Promise<CommandAccepted> {
    const data = { ...input, communityId, contractId };
    return this.run(communityId, contractId, context, { type: 'TerminateContract', data, reason: input.reason });
  }

  private async standingOf(companyId: string): Promise<CompanyStanding> {
    return companyStandingOf((await stateOf(this.store, propertyCompany, companyStreamName(companyId))).state);
  }

  private run(
    communityId: string,
    id: string,
    context: CommandContext,
    command: Pick<CommunityContractsCommand, 'type' | 'data'> & { reason?: string },
  ): Promise<CommandAccepted> {
    return this.executor.execute(communityContracts, communityContractsStreamName(communityId), id, context, command);
  }
}
