import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import {
  describeResidentialCommunity,
  describeUnit,
  orgUnitDecider,
  orgUnitStreamName,
  residentialCommunityDecider,
  residentialCommunityStreamName,
  type CommunityFacts,
  type OrgUnitEvent,
  type ResidentialCommunityEvent,
  type UnitFacts,
} from '@linli/organizations-domain';
import { EVENT_STORE } from '@linli/service-kit';

/**
 * What a command needs to know about other aggregates, read from their streams (not from a read
 * model), so it is exactly as current as the event store.
 */
@Injectable()
export class AggregateFacts {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** A unit as `describeUnit` sees it; null when it was never established. */
  async unit(unitId: string): Promise<UnitFacts | null> {
    const events = await this.store.readStream(orgUnitStreamName(unitId));
    return describeUnit(fold(orgUnitDecider, events.map((e) => ({ type: e.type, data: e.data }) as OrgUnitEvent)));
  }

  /** A residential community as `describeResidentialCommunity` sees it; null when it is not registered. */
  async community(communityId: string): Promise<CommunityFacts | null> {
    const events = await this.store.readStream(residentialCommunityStreamName(communityId));
    return describeResidentialCommunity(fold(residentialCommunityDecider, events.map((e) => ({ type: e.type, data: e.data }) as ResidentialCommunityEvent)));
  }
}
