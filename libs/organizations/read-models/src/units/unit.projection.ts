import { evolveOrgUnit, initialOrgUnit, type OrgUnit, type OrgUnitEvent } from '@linli/organizations-domain';
import type { ProjectedEvent, Projection } from '@linli/projections';

/**
 * One party organisation unit as the service shows it: the unit's state as the domain folds it,
 * its stream revision (for If-Match) and its own events, which "as of" trees replay.
 */
export type UnitDoc = Exclude<OrgUnit, { status: 'none' }> & {
  readonly revision: number;
  readonly history: readonly OrgUnitEvent[];
};

const unitEventTypes: Readonly<Record<OrgUnitEvent['type'], true>> = {
  'organizations.UnitEstablished': true,
  'organizations.UnitUpgraded': true,
  'organizations.UnitRenamed': true,
  'organizations.UnitDissolved': true,
};

/** True for the events of a unit's stream. */
export const isUnitEvent = (event: Pick<ProjectedEvent, 'type'>): boolean => Object.hasOwn(unitEventTypes, event.type);

/** Units by id: `organizations_units_v1`. */
export const unitsProjection: Projection<UnitDoc> = {
  name: 'organizations_units',
  version: 1,
  keys: (event) => (isUnitEvent(event) ? [(event.data as OrgUnitEvent['data']).unitId] : []),
  evolve: (doc, event) => {
    const unitEvent = { type: event.type, data: event.data } as OrgUnitEvent;
    const state = evolveOrgUnit(doc ?? initialOrgUnit(), unitEvent);
    if (state.status === 'none') return null;
    return { ...state, revision: (doc?.revision ?? -1) + 1, history: [...(doc?.history ?? []), unitEvent] };
  },
};
