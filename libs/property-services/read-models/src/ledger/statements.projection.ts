import type { PublishedStatement } from '@linli/property-services-domain';
import type { Projection } from '@linli/projections';
import { communityScopedId, eventOfType } from '../property-event.js';

/** A published statement with its figures, seal and schedule, as the event recorded them. */
export type StatementDoc = PublishedStatement & { readonly publishedAt: string };

const TYPES = ['property.StatementPublished'] as const;

/** One document per community and period (month or quarter). */
export const statementsProjection: Projection<StatementDoc> = {
  name: 'property_statements',
  version: 1,
  keys: (event) => {
    const statement = eventOfType(event, TYPES);
    return statement ? [communityScopedId(statement.data.communityId, statement.data.period)] : [];
  },
  evolve: (doc, event) => {
    const statement = eventOfType(event, TYPES);
    return statement ? { ...statement.data, publishedAt: statement.occurredAt } : doc;
  },
};
