import { Module } from '@nestjs/common';
import { CompanyCommands } from './application/company-commands.js';
import { ContractCommands } from './application/contract-commands.js';
import { CreditCodeHolder } from './application/credit-code-holder.js';
import { StatementCommands } from './application/statement-commands.js';
import { ledgerConfigProvider } from './config/ledger-config.js';
import { CompaniesController } from './http/companies.controller.js';
import { ContractsController } from './http/contracts.controller.js';
import { CoverageController } from './http/coverage.controller.js';
import { FeesController } from './http/fees.controller.js';
import { LedgerController } from './http/ledger.controller.js';
import { StatementsController } from './http/statements.controller.js';
import { PropertyReadModels } from './read-models/property-read-models.js';

/** Composition root of the property-services service. */
@Module({
  controllers: [CompaniesController, ContractsController, CoverageController, FeesController, LedgerController, StatementsController],
  providers: [ledgerConfigProvider, PropertyReadModels, CreditCodeHolder, CompanyCommands, ContractCommands, StatementCommands],
})
export class PropertyServicesModule {}
