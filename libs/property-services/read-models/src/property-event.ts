import type { PropertyServicesEvent } from '@linli/property-services-domain';
import { encodePosition, type ProjectedEvent } from '@linli/projections';

/** A stored property-services event as a projection sees it: typed, with its place in the log. */
export type PropertyEventOf<T extends PropertyServicesEvent['type']> = Extract<PropertyServicesEvent, { type: T }> & {
  readonly occurredAt: string;
  readonly position: bigint;
};

/**
 * The event narrowed to the types a projection handles, or null for any other. Only events of this
 * context reach the runner (it reads the `property.` streams), so the type name identifies the shape.
 */
export function eventOfType<T extends PropertyServicesEvent['type']>(event: ProjectedEvent, types: readonly T[]): PropertyEventOf<T> | null {
  if (!(types as readonly string[]).includes(event.type)) return null;
  return { type: event.type, data: event.data, occurredAt: event.occurredAt, position: event.position } as PropertyEventOf<T>;
}

/** The log position as stored in documents: fixed-width text, so it sorts as it compares. */
export const sequenceOf = (event: { readonly position: bigint }): string => encodePosition(event.position);

/** Document id of something that lives inside one community's stream. */
export const communityScopedId = (communityId: string, id: string): string => `${communityId}:${id}`;
