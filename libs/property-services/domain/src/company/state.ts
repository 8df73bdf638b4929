import { assertNever } from '@linli/domain-kernel';
import type { CompanyEvent, QualificationLevel } from './events.js';

interface Registered {
  readonly companyId: string;
  readonly name: string;
  readonly creditCode: string;
  readonly qualificationLevel: QualificationLevel;
}

/** A property service company: not registered, active, or suspended (may not sign or renew contracts). */
export type PropertyCompany =
  | { readonly status: 'none' }
  | ({ readonly status: 'active' } & Registered)
  | ({ readonly status: 'suspended'; readonly suspensionReason: string } & Registered);

/** How a company stands, as the contracts of a community need to know it. */
export type CompanyStanding = 'active' | 'suspended' | 'unregistered';

export const initialState = (): PropertyCompany => ({ status: 'none' });

export function evolve(state: PropertyCompany, event: CompanyEvent): PropertyCompany {
  switch (event.type) {
    case 'property.CompanyRegistered':
      return { status: 'active', ...event.data };
    case 'property.CompanySuspended':
      return state.status === 'none' ? state : { ...registeredPart(state), status: 'suspended', suspensionReason: event.data.reason };
    case 'property.CompanyReinstated':
      return state.status === 'none' ? state : { ...registeredPart(state), status: 'active' };
    default:
      return assertNever(event);
  }
}

/** The standing the application passes to the community contracts when a contract is signed or renewed. */
export function companyStandingOf(state: PropertyCompany): CompanyStanding {
  return state.status === 'none' ? 'unregistered' : state.status;
}

function registeredPart(state: Exclude<PropertyCompany, { status: 'none' }>): Registered {
  const { companyId, name, creditCode, qualificationLevel } = state;
  return { companyId, name, creditCode, qualificationLevel };
}
