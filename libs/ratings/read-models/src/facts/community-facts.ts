import type { Source } from '../support/evidence.js';
import type { IdMap } from '../support/maps.js';

// What the ratings read models know about one residential community: raw facts, each kept under
// the id of what it is about (a dispute, a contract, a month, an event) with the event it came
// from. Facts are set-like, so any arrival order of the same events gives the same document;
// measures (rates, medians, averages) are computed from them for a period when asked.

export interface Registration extends Source {
  readonly communityUnitId: string;
  readonly households: number;
  readonly buildingCount: number;
}

export interface CommitteeTerm {
  readonly elected?: Source & { readonly electedOn: string; readonly termStart: string; readonly termEnd: string; readonly memberCount: number };
  readonly dissolved?: Source & { readonly dissolvedOn: string };
}

export interface BodyFact extends Source {
  readonly body: 'supervisory_board' | 'property_committee';
  readonly formedOn: string;
  readonly memberCount: number;
}

export interface ReceptionDayFact {
  readonly scheduled?: Source & { readonly scheduledFor: string };
  readonly held?: Source & { readonly heldOn: string };
  readonly cancelled?: Source;
}

export type DisputeEventKind = 'reported' | 'accepted' | 'rejected' | 'withdrawn' | 'escalated' | 'overdue' | 'resolved' | 'satisfaction' | 'reopened' | 'closed';

/** One event of a dispute: when (an instant), and the level or numbers it carried. */
export interface DisputeFact extends Source {
  readonly kind: DisputeEventKind;
  readonly at: string;
  readonly level?: number;
  readonly days?: number;
  readonly score?: number;
}

export interface ContractFact {
  readonly signed?: Source & { readonly companyId: string; readonly periodStart: string; readonly periodEnd: string };
  readonly renewals?: IdMap<Source & { readonly periodEnd: string }>;
  readonly terminated?: Source & { readonly terminationDate: string; readonly coveredUntil: string };
}

export interface FeeRecord extends Source {
  readonly billedFen: number;
  readonly collectedFen: number;
}

export interface LedgerEntry extends Source {
  readonly direction: 'revenue' | 'expenditure';
  /** A reversal cancels an earlier entry: it counts negative on its side. */
  readonly reversal: boolean;
  readonly amountFen: number;
  readonly date: string;
}

export interface StatementFact extends Source {
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly publishedOn: string;
  readonly deadline: string;
  readonly onTime: boolean;
  readonly feePeriods: readonly string[];
  readonly entryIds: readonly string[];
  readonly feesBilledFen: number;
  readonly feesCollectedFen: number;
  readonly revenueFen: number;
  readonly expenditureFen: number;
}

/** The award in force for a period (or revoked), as the latest award event of the period left it. */
export interface AwardFact extends Source {
  readonly status: 'awarded' | 'revoked';
  readonly stars: number;
  readonly rubricId: string;
  readonly rubricVersion: number;
  readonly scoreSeen: number;
  readonly recommendedStars: number;
  readonly awardedAt: string;
  readonly changedAt: string;
}

export interface CommunityFacts {
  readonly communityId: string;
  readonly registration?: Registration;
  /** By term number. */
  readonly committees?: IdMap<CommitteeTerm>;
  /** By event id. */
  readonly bodies?: IdMap<BodyFact>;
  readonly receptionDays?: IdMap<ReceptionDayFact>;
  /** By dispute id, then event id. */
  readonly disputes?: IdMap<IdMap<DisputeFact>>;
  readonly contracts?: IdMap<ContractFact>;
  /** By month, then event id (the record with the highest position supersedes the others). */
  readonly fees?: IdMap<IdMap<FeeRecord>>;
  /** By entry id. */
  readonly ledger?: IdMap<LedgerEntry>;
  /** By event id. */
  readonly statements?: IdMap<StatementFact>;
  /** By rating period. */
  readonly awards?: IdMap<AwardFact>;
}

/** The parts of the facts a projection keeps (the dashboard keeps a few). */
export type FactSection = Exclude<keyof CommunityFacts, 'communityId'>;
export const ALL_SECTIONS: readonly FactSection[] = ['registration', 'committees', 'bodies', 'receptionDays', 'disputes', 'contracts', 'fees', 'ledger', 'statements', 'awards'];
