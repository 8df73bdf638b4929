import type { DisputeEvent } from '@linli/disputes-domain';

/** The events that start, settle or end a deadline; the tracker reads no others. */
export const DEADLINE_EVENT_TYPES: readonly DisputeEvent['type'][] = [
  'disputes.DisputeAccepted',
  'disputes.DisputeEscalated',
  'disputes.DisputeReopened',
  'disputes.DisputeBecameOverdue',
  'disputes.DisputeResolved',
  'disputes.DisputeWithdrawn',
];

/** A deadline row as a batch of events leaves it. */
export interface DeadlineRow {
  readonly disputeId: string;
  /** Normalised to UTC (the row key). */
  readonly dueAt: string;
  /** Null when only the row's status is known (an overdue check of a deadline entered earlier). */
  readonly level: number | null;
  readonly status: 'pending' | 'done' | 'cancelled';
}

/** What a batch of events does to the deadline table, as a few set-based statements can apply it. */
export interface DeadlineChanges {
  /** Disputes whose pending deadlines from earlier batches no longer apply (a new level entered, or the dispute ended). */
  readonly supersede: readonly string[];
  /** Rows written by the batch, in their final state. */
  readonly rows: readonly DeadlineRow[];
}

interface Touched {
  superseded: boolean;
  readonly rows: Map<string, { level: number | null; status: DeadlineRow['status'] }>;
}

/**
 * Folds a batch of events (in log order) into its net effect on the deadline rows: entering a level
 * (accepted, escalated, reopened) makes its deadline the dispute's only pending one; an overdue
 * check settles its deadline; resolution and withdrawal end the pending one. Pure, so the tracker
 * can apply a whole batch in a handful of statements inside one short transaction.
 */
export function deadlineChanges(events: readonly { readonly type: string; readonly data: unknown }[]): DeadlineChanges {
  const disputes = new Map<string, Touched>();
  const touched = (id: string): Touched => disputes.get(id) ?? disputes.set(id, { superseded: false, rows: new Map() }).get(id) as Touched;
  const endPending = (t: Touched) => {
    t.superseded = true;
    for (const row of t.rows.values()) if (row.status === 'pending') row.status = 'cancelled';
  };
  for (const event of events as readonly DisputeEvent[]) {
    switch (event.type) {
      case 'disputes.DisputeAccepted':
      case 'disputes.DisputeReopened':
      case 'disputes.DisputeEscalated': {
        const t = touched(event.data.disputeId);
        endPending(t);
        const level = event.type === 'disputes.DisputeEscalated' ? event.data.toLevel : event.data.level;
        t.rows.set(utc(event.data.dueAt), { level, status: 'pending' });
        break;
      }
      case 'disputes.DisputeBecameOverdue': {
        const t = touched(event.data.disputeId);
        const key = utc(event.data.dueAt);
        t.rows.set(key, { level: t.rows.get(key)?.level ?? null, status: 'done' });
        break;
      }
      case 'disputes.DisputeResolved':
      case 'disputes.DisputeWithdrawn':
        endPending(touched(event.data.disputeId));
        break;
      default:
        break;
    }
  }
  return {
    supersede: [...disputes].filter(([, t]) => t.superseded).map(([id]) => id),
    rows: [...disputes].flatMap(([disputeId, t]) => [...t.rows].map(([dueAt, row]) => ({ disputeId, dueAt, ...row }))),
  };
}

const utc = (instant: string): string => new Date(instant).toISOString();
