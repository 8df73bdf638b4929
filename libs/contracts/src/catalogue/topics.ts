// One topic per context and major version. A community's events of one context share a key (the
// community id) and so a partition: consumers see them in order. Order across contexts is not
// promised (a rating consumer never needs a dispute and a contract ordered against each other).

/** Public events of the organizations service. */
export const ORGANIZATIONS_TOPIC = 'linli.organizations.v1';
/** Public events of the disputes service. */
export const DISPUTES_TOPIC = 'linli.disputes.v1';
/** Public events of the property-services service. */
export const PROPERTY_TOPIC = 'linli.property.v1';
/** Public events of the ratings service. */
export const RATINGS_TOPIC = 'linli.ratings.v1';
/** Inbound: tickets of the municipal 12345 hotline platform. */
export const HOTLINE_TICKETS_TOPIC = 'municipal.hotline.tickets.v1';
/**
 * Outbound to the hotline platform: a topic of its own so the platform is granted read access to
 * exactly what concerns it (least privilege, PIPL) instead of every dispute event.
 */
export const HOTLINE_OUTCOMES_TOPIC = 'municipal.hotline.outcomes.v1';

/** Partitions of a context topic unless a deployment says otherwise. */
export const DEFAULT_PARTITIONS = 3;
