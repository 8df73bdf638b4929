import {
  memberAssessedV1, memberAssessmentAmendedV1, memberLeftV1, memberReportedBackV1, memberTransferredV1,
  type MemberAssessedV1, type MemberLeftV1, type MemberReportedBackV1, type MemberTransferredV1,
} from '@linli/contracts';
import type { Projection } from '@linli/projections';
import { sourceOf, type Source } from '../support/evidence.js';
import { entryOf, withEntry, type IdMap } from '../support/maps.js';

/** Where a member belonged from a day on: a report-back or a transfer. */
export interface Membership extends Source {
  readonly communityId: string;
  readonly since: string;
}

/**
 * An in-service party member who reported back. Report-backs and transfers are keyed by the
 * estate, departures and assessments by the member's stream: they arrive in any order across
 * those keys, so every fact is kept under its own id and the member's estate on a day is worked
 * out from them when asked.
 */
export interface MemberDoc {
  readonly memberId: string;
  /** Every estate the member ever belonged to (a set, queried by community). */
  readonly communities?: readonly string[];
  readonly memberships?: IdMap<Membership>;
  readonly left?: Source & { readonly leftOn: string };
  /** By assessment period, then event id: the assessment with the highest position stands. */
  readonly assessments?: IdMap<IdMap<Source & { readonly score: number }>>;
}

const join = (doc: MemberDoc, membership: Membership): MemberDoc => ({
  ...doc,
  communities: [...new Set([...(doc.communities ?? []), membership.communityId])].sort(),
  memberships: withEntry(doc.memberships, membership.eventId, membership),
});

export function membersProjection(name: string): Projection<MemberDoc> {
  const types = new Set([memberReportedBackV1.type, memberTransferredV1.type, memberLeftV1.type, memberAssessedV1.type, memberAssessmentAmendedV1.type]);
  return {
    name,
    version: 1,
    indexes: [{ communities: 1 }],
    keys: (event) => (types.has(event.type) ? [(event.data as { memberId: string }).memberId] : []),
    evolve(doc, event, key) {
      const member: MemberDoc = doc ?? { memberId: key };
      switch (event.type) {
        case memberReportedBackV1.type: {
          const d = event.data as MemberReportedBackV1;
          return join(member, { ...sourceOf(event), communityId: d.communityId, since: d.reportedOn });
        }
        case memberTransferredV1.type: {
          const d = event.data as MemberTransferredV1;
          return join(member, { ...sourceOf(event), communityId: d.communityId, since: d.transferredOn });
        }
        case memberLeftV1.type:
          return { ...member, left: { ...sourceOf(event), leftOn: (event.data as MemberLeftV1).leftOn } };
        case memberAssessedV1.type:
        case memberAssessmentAmendedV1.type: {
          const d = event.data as MemberAssessedV1;
          const byEvent = withEntry(entryOf(member.assessments, d.period), event.eventId, { ...sourceOf(event), score: d.score });
          return { ...member, assessments: withEntry(member.assessments, d.period, byEvent) };
        }
        default:
          return member;
      }
    },
  };
}
