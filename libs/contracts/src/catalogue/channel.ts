import { defineContract, type Contract, type ContractDefinition } from '../contract.js';

/** What every contract of one context shares: the topic it travels on and the service it comes from. */
export interface ContextChannel {
  readonly topic: string;
  readonly source: string;
}

/** A contract definition without what its channel and version already say. */
export type V1Definition<Data> = Omit<ContractDefinition<Data>, 'version' | 'topic' | 'source'>;

/** A definer of version-1 contracts on one context's channel (the type must end in `.v1`). */
export const v1On =
  (channel: ContextChannel) =>
  <Data>(definition: V1Definition<Data>): Contract<Data> =>
    defineContract<Data>({ ...definition, version: 1, topic: channel.topic, source: channel.source });

/** Keys an event by its community: one community's events of a context stay in order in one partition. */
export const byCommunity = (data: { readonly communityId: string }): string => data.communityId;

/** No community to key by: the publisher falls back to the private stream name (one aggregate stays in order). */
export const byStream = (): undefined => undefined;
