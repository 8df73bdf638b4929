/** Who issued a command: carried into every event it produces. */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly orgUnitId: string;
}

/** Context of a command: time, actor and causality arrive here, never from a clock or RNG in the domain. */
export interface CommandMetadata {
  /** The moment the command is decided (ISO-8601), used for recorded times and deadlines. */
  readonly now: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  readonly reason?: string;
}

/** A domain event before it is stored: a stable type name and its data. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** A command: an imperative type name, its data and its metadata. */
export interface Command<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

/** An aggregate as three pure functions (the "decider" pattern). */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  readonly initialState: () => S;
  readonly decide: (command: C, state: S) => readonly E[];
  readonly evolve: (state: S, event: E) => S;
}

/** Folds events into state with a decider's evolve. */
export function fold<E extends DomainEvent, S>(decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>, events: readonly E[]): S {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Makes a switch exhaustive: adding a command or event type without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
