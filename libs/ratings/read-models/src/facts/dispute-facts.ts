import {
  disputeAcceptedV1, disputeBecameOverdueV1, disputeClosedV1, disputeEscalatedV1, disputeRejectedV1, disputeReopenedV1, disputeReportedV1,
  disputeResolvedV1, disputeWithdrawnV1, satisfactionRecordedV1,
  type DisputeAcceptedV1, type DisputeBecameOverdueV1, type DisputeClosedV1, type DisputeEscalatedV1, type DisputeRejectedV1,
  type DisputeReopenedV1, type DisputeReportedV1, type DisputeResolvedV1, type DisputeWithdrawnV1, type SatisfactionRecordedV1,
} from '@linli/contracts';
import { sourceOf } from '../support/evidence.js';
import { entryOf, withEntry } from '../support/maps.js';
import type { DisputeEventKind, DisputeFact } from './community-facts.js';
import { handle, type FactHandler } from './handler.js';

type Numbers = Pick<DisputeFact, 'level' | 'days' | 'score'>;

/** Records one event of a dispute under the dispute and the event's id. */
const fact = <Data extends { disputeId: string }>(kind: DisputeEventKind, at: (data: Data) => string, numbers: (data: Data) => Numbers = () => ({})) =>
  handle<Data>('disputes', (facts, d, event) => {
    const events = entryOf(facts.disputes, d.disputeId);
    const recorded: DisputeFact = { ...sourceOf(event), kind, at: at(d), ...numbers(d) };
    return { ...facts, disputes: withEntry(facts.disputes, d.disputeId, withEntry(events, event.eventId, recorded)) };
  });

/** The disputes events, each a fact of its dispute's community. */
export const disputeFacts: Readonly<Record<string, FactHandler>> = {
  [disputeReportedV1.type]: fact<DisputeReportedV1>('reported', (d) => d.reportedAt),
  [disputeAcceptedV1.type]: fact<DisputeAcceptedV1>('accepted', (d) => d.acceptedAt, (d) => ({ level: d.level })),
  [disputeRejectedV1.type]: fact<DisputeRejectedV1>('rejected', (d) => d.rejectedAt),
  [disputeWithdrawnV1.type]: fact<DisputeWithdrawnV1>('withdrawn', (d) => d.withdrawnAt),
  [disputeEscalatedV1.type]: fact<DisputeEscalatedV1>('escalated', (d) => d.escalatedAt, (d) => ({ level: d.toLevel })),
  [disputeBecameOverdueV1.type]: fact<DisputeBecameOverdueV1>('overdue', (d) => d.detectedAt, (d) => ({ level: d.level })),
  [disputeResolvedV1.type]: fact<DisputeResolvedV1>('resolved', (d) => d.resolvedAt, (d) => ({ level: d.level, days: d.workingDaysToResolve })),
  [satisfactionRecordedV1.type]: fact<SatisfactionRecordedV1>('satisfaction', (d) => d.ratedAt, (d) => ({ score: d.score })),
  [disputeReopenedV1.type]: fact<DisputeReopenedV1>('reopened', (d) => d.reopenedAt, (d) => ({ level: d.level })),
  [disputeClosedV1.type]: fact<DisputeClosedV1>('closed', (d) => d.closedAt, (d) => ({ level: d.level })),
};
