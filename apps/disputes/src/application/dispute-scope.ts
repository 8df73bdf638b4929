import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { streamName, type DisputeReported } from '@linli/disputes-domain';
import { creationEvent, type EventStore } from '@linli/event-store';
import { EVENT_STORE, ScopeResolvers } from '@linli/service-kit';

/**
 * Tells the access policy which community a dispute belongs to (routes `/disputes/:id…`), from the
 * dispute's report in the event store: consistent right after the report, unlike the read models.
 */
@Injectable()
export class DisputeScope implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ScopeResolvers) private readonly resolvers: ScopeResolvers,
  ) {}

  onModuleInit(): void {
    this.resolvers.register('dispute', (id) => this.communityOf(id));
  }

  private async communityOf(disputeId: string): Promise<string | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(disputeId)) return undefined;
    return (await creationEvent<DisputeReported['data']>(this.store, streamName(disputeId), 'disputes.DisputeReported'))?.data.communityId;
  }
}
