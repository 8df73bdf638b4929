import type { Decider } from '@linli/domain-kernel';
import type { CompanyCommand } from './commands.js';
import { decide } from './decide.js';
import type { CompanyEvent } from './events.js';
import { evolve, initialState, type PropertyCompany } from './state.js';

/** A property service company (物业服务企业): registered once, suspended and reinstated by the county. */
export const propertyCompany: Decider<CompanyCommand, CompanyEvent, PropertyCompany> = { initialState, decide, evolve };

/** The event stream of one company. */
export const companyStreamName = (companyId: string): string => `property.Company-${companyId}`;
