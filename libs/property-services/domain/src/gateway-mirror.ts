// Compile-time check, run by the typecheck in `npm test`: the public gateway (libs/contracts)
// reads this context's stored events through a mirror of their data types. Changing an event's
// data in a way the gateway cannot read any more fails here, naming the event type, until the
// mirror and the gateway's mapping are updated (and the public contract versioned if it changes).
import type { PropertyStoredEvents, NoMirrorDrift, MirrorDrift } from '@linli/contracts';
import type { PropertyServicesEvent } from './index.js';

export type GatewayMirrorHolds = NoMirrorDrift<MirrorDrift<PropertyServicesEvent, PropertyStoredEvents>>;
