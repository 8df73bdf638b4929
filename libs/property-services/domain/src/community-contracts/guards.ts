import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';
import type { CompanyStanding } from '../company/state.js';
import { contractOverlapping, lastDayInForce } from './coverage.js';
import { contractById, type CommunityContracts, type ServiceContract } from './state.js';

/** Fee standards are whole fen per m² per month, above zero. */
export function requireFeeStandard(feeFen: number): number {
  if (!Number.isSafeInteger(feeFen) || feeFen <= 0)
    throw new DomainRuleViolation('InvalidFeeStandard', `a fee standard is a whole number of fen per m² per month above 0, not ${feeFen}`);
  return feeFen;
}

/** Only a registered company that is not suspended may sign or renew. */
export function requireCompanyInGoodStanding(companyId: string, standing: CompanyStanding): void {
  if (standing === 'unregistered') throw new DomainRuleViolation('CompanyNotRegistered', `company ${companyId} is not registered`);
  if (standing === 'suspended') throw new DomainRuleViolation('CompanySuspended', `company ${companyId} is suspended`);
}

/** At most one contract in force per community on any day. */
export function requireNoOverlap(state: CommunityContracts, from: IsoDate, until: IsoDate, exceptContractId?: string): void {
  const other = contractOverlapping(state, from, until, exceptContractId);
  if (other)
    throw new DomainRuleViolation(
      'ContractPeriodsOverlap',
      `${from}..${until} overlaps contract ${other.contractId} in force ${other.periodStart}..${lastDayInForce(other)}`,
    );
}

/** The contract a renewal or termination names, which must exist and not be terminated. */
export function requireSignedContract(state: CommunityContracts, contractId: string): Extract<ServiceContract, { status: 'signed' }> {
  const contract = contractById(state, contractId);
  if (!contract) throw new NotFound('ServiceContract', contractId);
  if (contract.status === 'terminated')
    throw new DomainRuleViolation('ContractAlreadyTerminated', `contract ${contractId} was terminated on ${contract.terminationDate}`);
  return contract;
}
