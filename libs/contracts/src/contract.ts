import type { JsonSchema } from './json-schema.js';

/** What a contract author writes: one public integration event and its rules. */
export interface ContractDefinition<Data> {
  /** The CloudEvents type, ending in its major version: `cn.linli.disputes.dispute-escalated.v1`. */
  readonly type: string;
  /** The major version; must match the type's `.v<n>` suffix. */
  readonly version: number;
  /** The logical Kafka topic (deployments may map it, e.g. with a suffix in tests). */
  readonly topic: string;
  /** The CloudEvents source of every event of this type, e.g. `/linli/disputes`. */
  readonly source: string;
  /** One sentence for the catalogue. */
  readonly summary: string;
  /** JSON Schema of `data`; object schemas close with `additionalProperties: false`. */
  readonly schema: JsonSchema;
  /** A valid payload, shown in the catalogue and checked by the tests. */
  readonly example: Data;
  /**
   * The Kafka key and CloudEvents subject: the community id where the event concerns one, so a
   * community's events stay ordered in one partition. Undefined lets the publisher fall back to
   * the stream name. (Method syntax on purpose: it keeps Contract<D> assignable to Contract.)
   */
  partitionKey(data: Data): string | undefined;
}

/** A registered contract: the definition plus the URI its schema is known by. */
export interface Contract<Data = unknown> extends ContractDefinition<Data> {
  /** The CloudEvents `dataschema`: a URN naming the schema in the event catalogue. */
  readonly dataschema: string;
}

const TYPE = /^[a-z][a-z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+\.v([1-9][0-9]*)$/;

/** Checks a contract definition once, at module load, so a malformed contract never ships. */
export function defineContract<Data>(definition: ContractDefinition<Data>): Contract<Data> {
  const match = TYPE.exec(definition.type);
  if (!match) throw new TypeError(`contract type ${definition.type} must look like cn.linli.<context>.<event-name>.v<n>`);
  if (Number(match[3]) !== definition.version) {
    throw new TypeError(`contract ${definition.type}: version ${definition.version} does not match its type suffix`);
  }
  if (definition.topic.trim() === '') throw new TypeError(`contract ${definition.type}: topic must not be empty`);
  if (!definition.source.startsWith('/')) throw new TypeError(`contract ${definition.type}: source must be a relative URI such as /linli/disputes`);
  if (definition.schema.type !== 'object') throw new TypeError(`contract ${definition.type}: the data schema must describe an object`);
  return Object.freeze({ ...definition, dataschema: schemaUrn(definition.type) });
}

/** The URN a contract's schema is known by (`dataschema`, the catalogue's component name). */
export const schemaUrn = (type: string): string => `urn:linli:schema:${type}`;
