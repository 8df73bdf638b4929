import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { creationEvent, latestOf, type EventStore, type RecordedEvent } from '@linli/event-store';
import { memberStreamName, receptionDayStreamName, type MemberReportedBack, type MemberTransferred, type ReceptionDayScheduled } from '@linli/organizations-domain';
import { EVENT_STORE, ScopeResolvers } from '@linli/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tells the access policy which residential community a member or a reception day belongs to
 * (routes `/members/:id…`, `/reception-days/:id…`), from their streams in the event store: current
 * right after the command that created them, unlike the read models. Unknown ids resolve to nothing,
 * so only root-scoped tokens get past the policy (and then meet the 404).
 */
@Injectable()
export class ResourceScope implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ScopeResolvers) private readonly resolvers: ScopeResolvers,
  ) {}

  onModuleInit(): void {
    this.resolvers.register('member', (id) => this.communityOfMember(id));
    this.resolvers.register('reception-day', (id) => this.communityOfReceptionDay(id));
  }

  /** The estate of the member's latest report-back or transfer (a member who left stays with the estate they left). */
  private async communityOfMember(memberId: string): Promise<string | undefined> {
    if (!UUID.test(memberId)) return undefined;
    return latestOf(this.store, memberStreamName(memberId), movedTo);
  }

  /** A reception day never moves: the estate it was scheduled in. */
  private async communityOfReceptionDay(receptionDayId: string): Promise<string | undefined> {
    if (!UUID.test(receptionDayId)) return undefined;
    return (await creationEvent<ReceptionDayScheduled['data']>(this.store, receptionDayStreamName(receptionDayId), 'organizations.ReceptionDayScheduled'))?.data.communityId;
  }
}

/** The estate a member event puts the member in; undefined for events that do not move them. */
function movedTo(event: RecordedEvent): string | undefined {
  if (event.type === 'organizations.MemberReportedBack') return (event.data as MemberReportedBack['data']).communityId;
  if (event.type === 'organizations.MemberTransferred') return (event.data as MemberTransferred['data']).toCommunityId;
  return undefined;
}
