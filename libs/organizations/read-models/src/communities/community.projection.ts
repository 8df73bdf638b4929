import {
  evolveResidentialCommunity,
  initialResidentialCommunity,
  type RegisteredCommunity,
  type ResidentialCommunityEvent,
} from '@linli/organizations-domain';
import type { ProjectedEvent, Projection } from '@linli/projections';

/**
 * A residential community (小区) as the domain folds it — pilot flag, sitting owners' committee,
 * supervisory board, property committee — plus its address and stream revision.
 */
export type CommunityDoc = RegisteredCommunity & {
  readonly address: string;
  readonly revision: number;
};

const communityEventTypes: Readonly<Record<ResidentialCommunityEvent['type'], true>> = {
  'organizations.ResidentialCommunityRegistered': true,
  'organizations.PilotDesignated': true,
  'organizations.PilotWithdrawn': true,
  'organizations.OwnersCommitteeElected': true,
  'organizations.OwnersCommitteeReElected': true,
  'organizations.OwnersCommitteeDissolved': true,
  'organizations.SupervisoryBoardFormed': true,
  'organizations.PropertyCommitteeFormed': true,
};

const isCommunityEvent = (event: Pick<ProjectedEvent, 'type'>): boolean => Object.hasOwn(communityEventTypes, event.type);

/** Residential communities by id: `organizations_communities_v1`. */
export const communitiesProjection: Projection<CommunityDoc> = {
  name: 'organizations_communities',
  version: 1,
  keys: (event) => (isCommunityEvent(event) ? [(event.data as ResidentialCommunityEvent['data']).communityId] : []),
  evolve: (doc, event) => {
    const communityEvent = { type: event.type, data: event.data } as ResidentialCommunityEvent;
    const state = evolveResidentialCommunity(doc ?? initialResidentialCommunity(), communityEvent);
    if (state.status === 'none') return null;
    const address = communityEvent.type === 'organizations.ResidentialCommunityRegistered' ? communityEvent.data.address : (doc?.address ?? '');
    return { ...state, address, revision: (doc?.revision ?? -1) + 1 };
  },
};
