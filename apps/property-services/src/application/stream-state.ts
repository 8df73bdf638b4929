import { fold, type Decider, type DomainEvent } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';

/**
 * The current state of another aggregate, folded from its stream: how an application service
 * reads a fact a command needs (a company's standing, a contract's company). Reading it here and
 * deciding on the command's own stream is not one transaction; the facts read this way change
 * rarely (suspensions), and the domain still guards every rule of its own stream.
 */
export async function stateOf<E extends DomainEvent, S>(
  store: EventStore,
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  stream: string,
): Promise<{ state: S; revision: bigint }> {
  const events = await store.readStream(stream);
  const domainEvents = events.map((event) => ({ type: event.type, data: event.data }) as unknown as E);
  return { state: fold(decider, domainEvents), revision: BigInt(events.length) - 1n };
}
