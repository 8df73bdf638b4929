import { Inject, Injectable } from '@nestjs/common';
import { companyStreamName, propertyCompany, type CompanyCommand, type QualificationLevel } from '@linli/property-services-domain';
import { CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { newAggregateId } from './aggregate-ids.js';
import { CreditCodeHolder } from './credit-code-holder.js';

export interface Registration {
  readonly companyId?: string;
  readonly name: string;
  readonly creditCode: string;
  readonly qualificationLevel: QualificationLevel;
}

/** Commands on property service companies, with the credit-code fact registration needs. */
@Injectable()
export class CompanyCommands {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(CreditCodeHolder) private readonly creditCodes: CreditCodeHolder,
  ) {}

  async register(registration: Registration, context: CommandContext): Promise<CommandAccepted> {
    const companyId = newAggregateId('company', 'county', context, registration.companyId);
    // The domain stores the code trimmed and in capitals; look it up the same way.
    const holder = await this.creditCodes.of(registration.creditCode.trim().toUpperCase());
    const { name, creditCode, qualificationLevel } = registration;
    return this.run(companyId, context, {
      type: 'RegisterCompany',
      data: { companyId, name, creditCode, qualificationLevel, lookup: { companyWithSameCreditCode: holder } },
    });
  }

  suspend(companyId: string, reason: string, context: CommandContext): Promise<CommandAccepted> {
    return this.run(companyId, context, { type: 'SuspendCompany', data: { companyId, reason }, reason });
  }

  reinstate(companyId: string, context: CommandContext): Promise<CommandAccepted> {
    return this.run(companyId, context, { type: 'ReinstateCompany', data: { companyId } });
  }

  private run(companyId: string, context: CommandContext, command: Pick<CompanyCommand, 'type' | 'data'> & { reason?: string }): Promise<CommandAccepted> {
    return this.executor.execute(propertyCompany, companyStreamName(companyId), companyId, context, command);
  }
}
