import type { QualificationLevel } from '@linli/property-services-domain';
import type { Projection } from '@linli/projections';
import { eventOfType } from '../property-event.js';

/** A property service company as the register lists it. */
export interface CompanyDoc {
  readonly companyId: string;
  readonly name: string;
  readonly creditCode: string;
  readonly qualificationLevel: QualificationLevel;
  readonly status: 'active' | 'suspended';
  readonly suspensionReason: string | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

const TYPES = ['property.CompanyRegistered', 'property.CompanySuspended', 'property.CompanyReinstated'] as const;

/** The company register: one document per company, also used to find who holds a credit code. */
export const companiesProjection: Projection<CompanyDoc> = {
  name: 'property_companies',
  version: 1,
  keys: (event) => {
    const company = eventOfType(event, TYPES);
    return company ? [company.data.companyId] : [];
  },
  evolve: (doc, event) => {
    const company = eventOfType(event, TYPES);
    if (!company) return doc;
    switch (company.type) {
      case 'property.CompanyRegistered':
        return {
          ...company.data,
          status: 'active',
          suspensionReason: null,
          registeredAt: company.occurredAt,
          updatedAt: company.occurredAt,
        };
      case 'property.CompanySuspended':
        return doc && { ...doc, status: 'suspended', suspensionReason: company.data.reason, updatedAt: company.occurredAt };
      case 'property.CompanyReinstated':
        return doc && { ...doc, status: 'active', suspensionReason: null, updatedAt: company.occurredAt };
    }
  },
};
