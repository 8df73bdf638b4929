import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import { companyStreamName, type CompanyRegistered } from '@linli/property-services-domain';
import { companyHoldingCreditCode } from '@linli/property-services-read-models';
import { EVENT_STORE } from '@linli/service-kit';
import { PropertyReadModels } from '../read-models/property-read-models.js';

const PAGE = 500;

/**
 * Which company already holds a credit code (the `companyWithSameCreditCode` fact of
 * RegisterCompany). Uniqueness spans company streams, so it is read from the company register
 * read model, plus the company events the read model has not applied yet, read from the store
 * after its position. What stays open is a true race: two registrations of one code decided at
 * the same moment both pass; an operator would then suspend one. Preventing that would need a
 * reservation stream per code, which the domain does not model.
 */
@Injectable()
export class CreditCodeHolder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  async of(creditCode: string): Promise<string | null> {
    const position = this.readModels.position();
    return (await companyHoldingCreditCode(this.readModels.connection, creditCode)) ?? this.inEventsAfter(position, creditCode);
  }

  private async inEventsAfter(position: bigint, creditCode: string): Promise<string | null> {
    const filter = { streamPrefixes: [companyStreamName('')], eventTypes: ['property.CompanyRegistered'] };
    for (let from = position; ; ) {
      const events = await this.store.readAll({ fromPosition: from, filter, limit: PAGE });
      const holder = events.find((event) => (event.data as CompanyRegistered['data']).creditCode === creditCode);
      if (holder) return (holder.data as CompanyRegistered['data']).companyId;
      const last = events.at(-1);
      if (events.length < PAGE || !last) return null;
      from = last.globalPosition;
    }
  }
}
