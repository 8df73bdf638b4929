import {
  communityRegisteredV1, ownersCommitteeDissolvedV1, ownersCommitteeElectedV1, ownersCommitteeReElectedV1, propertyCommitteeFormedV1,
  receptionDayCancelledV1, receptionDayHeldV1, receptionDayScheduledV1, supervisoryBoardFormedV1,
  type BodyFormedV1, type CommunityRegisteredV1, type OwnersCommitteeDissolvedV1, type OwnersCommitteeTermV1,
  type ReceptionDayCancelledV1, type ReceptionDayHeldV1, type ReceptionDayScheduledV1,
} from '@linli/contracts';
import { sourceOf } from '../support/evidence.js';
import { entryOf, withEntry } from '../support/maps.js';
import type { BodyFact, ReceptionDayFact } from './community-facts.js';
import { handle, type FactHandler } from './handler.js';

const elected = handle<OwnersCommitteeTermV1>('committees', (facts, d, event) => {
  const term = entryOf(facts.committees, String(d.term));
  const fact = { ...sourceOf(event), electedOn: d.electedOn, termStart: d.termStart, termEnd: d.termEnd, memberCount: d.memberCount };
  return { ...facts, committees: withEntry(facts.committees, String(d.term), { ...term, elected: fact }) };
});

const body = (kind: BodyFact['body']) =>
  handle<BodyFormedV1>('bodies', (facts, d, event) => ({
    ...facts,
    bodies: withEntry(facts.bodies, event.eventId, { ...sourceOf(event), body: kind, formedOn: d.formedOn, memberCount: d.memberCount }),
  }));

const receptionDay = <Data extends { receptionDayId: string }>(change: (day: ReceptionDayFact, data: Data, source: ReturnType<typeof sourceOf>) => ReceptionDayFact) =>
  handle<Data>('receptionDays', (facts, d, event) => ({
    ...facts,
    receptionDays: withEntry(facts.receptionDays, d.receptionDayId, change(entryOf(facts.receptionDays, d.receptionDayId) ?? {}, d, sourceOf(event))),
  }));

/** The organizations events that are facts of one community. */
export const organizationFacts: Readonly<Record<string, FactHandler>> = {
  [communityRegisteredV1.type]: handle<CommunityRegisteredV1>('registration', (facts, d, event) => ({
    ...facts,
    registration: { ...sourceOf(event), communityUnitId: d.communityUnitId, households: d.households, buildingCount: d.buildingCount },
  })),
  [ownersCommitteeElectedV1.type]: elected,
  [ownersCommitteeReElectedV1.type]: elected,
  [ownersCommitteeDissolvedV1.type]: handle<OwnersCommitteeDissolvedV1>('committees', (facts, d, event) => {
    const term = entryOf(facts.committees, String(d.term));
    return { ...facts, committees: withEntry(facts.committees, String(d.term), { ...term, dissolved: { ...sourceOf(event), dissolvedOn: d.dissolvedOn } }) };
  }),
  [supervisoryBoardFormedV1.type]: body('supervisory_board'),
  [propertyCommitteeFormedV1.type]: body('property_committee'),
  [receptionDayScheduledV1.type]: receptionDay<ReceptionDayScheduledV1>((day, d, source) => ({ ...day, scheduled: { ...source, scheduledFor: d.scheduledFor } })),
  [receptionDayHeldV1.type]: receptionDay<ReceptionDayHeldV1>((day, d, source) => ({ ...day, held: { ...source, heldOn: d.heldOn } })),
  [receptionDayCancelledV1.type]: receptionDay<ReceptionDayCancelledV1>((day, _d, source) => ({ ...day, cancelled: source })),
};
