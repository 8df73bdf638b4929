import type { RecordedEvent } from '@linli/event-store';
import { localDateOf } from '../support/dates.js';

/**
 * The two times of a time-machine question: "as of" a business day (events that happened, in
 * local time, on or before it) and "as known at" a system instant (events the store had recorded
 * by then). Either may be left open.
 */
export interface TimeBounds {
  /** Local day YYYY-MM-DD: events whose business time (occurredAt) falls on or before it. */
  readonly asOf?: string;
  /** ISO-8601 instant: events recorded (recordedAt) at or before it. */
  readonly asAt?: string;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Null when the bounds are well-formed, otherwise the first problem with the field it concerns. */
export function boundsProblem(bounds: TimeBounds): { field: 'asOf' | 'asAt'; message: string } | null {
  if (bounds.asOf !== undefined && (!DAY.test(bounds.asOf) || Number.isNaN(Date.parse(bounds.asOf)))) return { field: 'asOf', message: 'asOf must be a business day YYYY-MM-DD' };
  if (bounds.asAt !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(bounds.asAt) || Number.isNaN(Date.parse(bounds.asAt)))) return { field: 'asAt', message: 'asAt must be an ISO-8601 instant such as 2026-01-05T09:00:00Z' };
  return null;
}

/** True when the stored event belongs to the world as the bounds describe it. */
export function withinBounds(event: RecordedEvent, bounds: TimeBounds): boolean {
  if (bounds.asAt !== undefined && Date.parse(event.metadata.recordedAt) > Date.parse(bounds.asAt)) return false;
  if (bounds.asOf !== undefined && localDateOf(event.metadata.occurredAt) > bounds.asOf) return false;
  return true;
}

/** The half-year rating period a business day falls in (2025-12-31 → 2025-H2). */
export const ratingPeriodOf = (day: string): string => `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
