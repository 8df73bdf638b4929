// Contracts may not import a domain lib, so each gateway reads the stored data through its own
// mirror of the domain's event types (gateway/private/*). The domain lib closes the loop: it names
// its events and the mirror in `MirrorDrift`, and the typecheck fails on the types that drifted.

/**
 * The stored types of `Mirror` whose data the domain no longer stores as the gateway reads it
 * (a field removed, renamed or retyped), or that the domain does not store at all; `never` when
 * the mirror holds. Fields the domain adds are fine: the gateway copies by name, so they stay
 * private until someone maps them.
 */
export type MirrorDrift<DomainEvent extends { readonly type: string; readonly data: object }, Mirror> = {
  [Type in keyof Mirror]: Type extends DomainEvent['type'] ? (Extract<DomainEvent, { readonly type: Type }>['data'] extends Mirror[Type] ? never : Type) : Type;
}[keyof Mirror];

/** Compiles only when `Drift` is `never`; tsc then names the drifted stored types, or the `MirrorDrift<…>` that holds them. */
export type NoMirrorDrift<Drift extends never> = Drift;
