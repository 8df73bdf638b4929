import type { MatterCategory, ReceptionDayEvent } from '@linli/organizations-domain';
import type { ProjectedEvent, Projection } from '@linli/projections';

/** A matter raised at a held reception day. */
export interface MatterView {
  readonly matterId: string;
  readonly category: MatterCategory;
  readonly summary: string;
  readonly referToDisputes: boolean;
  readonly raisedBySubjectId: string | null;
  readonly raisedOn: string;
}

/** A Community Convenience Reception Day (便民接待日) with the matters raised at it. */
export interface ReceptionDayDoc {
  readonly receptionDayId: string;
  readonly communityId: string;
  readonly officialSubjectId: string;
  readonly scheduledFor: string;
  readonly venue: string;
  readonly status: 'scheduled' | 'held' | 'cancelled';
  readonly heldOn: string | null;
  readonly cancellationReason: string | null;
  readonly matters: readonly MatterView[];
  readonly revision: number;
}

const receptionDayEventTypes: Readonly<Record<ReceptionDayEvent['type'], true>> = {
  'organizations.ReceptionDayScheduled': true,
  'organizations.ReceptionDayHeld': true,
  'organizations.ReceptionMatterRecorded': true,
  'organizations.ReceptionDayCancelled': true,
};

const isReceptionDayEvent = (event: Pick<ProjectedEvent, 'type'>): boolean => Object.hasOwn(receptionDayEventTypes, event.type);

/** Reception days by id: `organizations_reception_days_v1`. */
export const receptionDaysProjection: Projection<ReceptionDayDoc> = {
  name: 'organizations_reception_days',
  version: 1,
  keys: (event) => (isReceptionDayEvent(event) ? [(event.data as ReceptionDayEvent['data']).receptionDayId] : []),
  evolve: (doc, event) => {
    const dayEvent = { type: event.type, data: event.data } as ReceptionDayEvent;
    const next = apply(doc, dayEvent);
    return next === null ? null : { ...next, revision: (doc?.revision ?? -1) + 1 };
  },
};

function apply(doc: ReceptionDayDoc | null, event: ReceptionDayEvent): Omit<ReceptionDayDoc, 'revision'> | null {
  if (event.type === 'organizations.ReceptionDayScheduled') {
    return { ...event.data, status: 'scheduled', heldOn: null, cancellationReason: null, matters: [] };
  }
  if (doc === null) return null;
  switch (event.type) {
    case 'organizations.ReceptionDayHeld':
      return { ...doc, status: 'held', heldOn: event.data.heldOn };
    case 'organizations.ReceptionMatterRecorded': {
      const { receptionDayId: _day, communityId: _community, ...matter } = event.data;
      return { ...doc, matters: [...doc.matters, matter] };
    }
    case 'organizations.ReceptionDayCancelled':
      return { ...doc, status: 'cancelled', cancellationReason: event.data.reason };
  }
}
