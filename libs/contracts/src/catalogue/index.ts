import type { Contract } from '../contract.js';
import { ContractRegistry } from '../registry.js';
import { disputeBecameOverdueV1, disputeEscalatedV1, mediationSessionRecordedV1, mediatorAssignedV1 } from './disputes-handling.js';
import { disputeAcceptedV1, disputeRejectedV1, disputeReportedV1, disputeWithdrawnV1 } from './disputes-intake.js';
import { disputeClosedV1, disputeReopenedV1, disputeResolvedV1, hotlineTicketResolvedV1, satisfactionRecordedV1 } from './disputes-outcomes.js';
import { municipalContracts } from './municipal.js';
import { organizationsContracts } from './organizations.js';
import { propertyContracts } from './property.js';
import { ratingsContracts } from './ratings.js';

export * from './disputes-handling.js';
export * from './disputes-intake.js';
export * from './disputes-outcomes.js';
export * from './municipal.js';
export * from './organizations.js';
export * from './property.js';
export * from './ratings.js';
export * from './topics.js';
export { COUNTY_DEPARTMENTS, DISPUTE_CATEGORIES, RESOLUTION_OUTCOMES } from './schema-parts.js';

/** Every public event of the disputes service: linli.disputes.v1, plus the hotline outcome topic. */
export const disputesContracts: readonly Contract[] = [
  disputeReportedV1,
  disputeAcceptedV1,
  disputeRejectedV1,
  disputeWithdrawnV1,
  mediatorAssignedV1,
  mediationSessionRecordedV1,
  disputeEscalatedV1,
  disputeBecameOverdueV1,
  disputeResolvedV1,
  satisfactionRecordedV1,
  disputeReopenedV1,
  disputeClosedV1,
  hotlineTicketResolvedV1,
];

/** The events Linli services publish. */
export const linliContracts: readonly Contract[] = [...organizationsContracts, ...disputesContracts, ...propertyContracts, ...ratingsContracts];

/** The whole catalogue: what Linli publishes and what it accepts from municipal platforms. */
export const catalogue: readonly Contract[] = [...linliContracts, ...municipalContracts];

/** A registry of the whole catalogue, for consumers that accept any known contract. */
export const catalogueRegistry = new ContractRegistry(catalogue);
