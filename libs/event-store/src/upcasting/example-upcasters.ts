import type { Upcaster } from './upcaster-registry.js';

// Worked examples of upcaster chains, exercised by the JSON fixtures next to them. Contexts
// register their own upcasters in their own libs, with their own fixtures, the same way.

interface ResidentV1 { residentId: string; fullName: string; phone: string; address: string }
interface ResidentV2 { residentId: string; name: string; phones: string[]; address: { building: string; unit: string; room: string } }

const splitAddress = (address: string): ResidentV2['address'] => {
  const [building = '', unit = '', room = ''] = address.trim().split(/\s+/);
  return { building, unit, room };
};

export const residentRegisteredUpcasters: Upcaster[] = [
  {
    eventType: 'residents.ResidentRegistered',
    fromVersion: 1,
    upcast: ({ residentId, fullName, phone, address }: ResidentV1): ResidentV2 => ({ residentId, name: fullName, phones: [phone], address: splitAddress(address) }),
  },
  {
    eventType: 'residents.ResidentRegistered',
    fromVersion: 2,
    // v3 names the community; before, it was the registering actor's unit. Consent was never asked.
    upcast: (data: ResidentV2, event) => ({ ...data, registeredIn: event.metadata.actor.orgUnitId, consentToContact: false }),
  },
];

const LEVELS: Record<string, number> = { 'property-company': 1, committee: 2, 'street-office': 3 };

export const disputeEscalatedUpcasters: Upcaster[] = [
  {
    eventType: 'disputes.DisputeEscalated',
    fromVersion: 1,
    upcast: ({ to, ...rest }: { disputeId: string; communityId: string; to: string }) => {
      const level = LEVELS[to];
      if (level === undefined) throw new Error(`unknown v1 escalation target ${to}`);
      return { ...rest, level, reason: null };
    },
  },
];
