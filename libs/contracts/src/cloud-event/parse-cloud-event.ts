import type { Contract } from '../contract.js';
import type { ContractRegistry } from '../registry.js';
import { ContractViolation } from '../validation/contract-violation.js';
import { assertValid } from '../validation/validators.js';
import { type CloudEvent, cloudEventEnvelopeSchema } from './cloud-event.js';

/** A CloudEvent together with the contract it was checked against. */
export interface ContractEvent<Data = unknown> {
  readonly contract: Contract<Data>;
  readonly event: CloudEvent<Data>;
}

/**
 * Reads a structured-mode CloudEvent (a Kafka message value) and checks it against its contract.
 * Throws ContractViolation naming the field and rule when the bytes are not JSON, the envelope is
 * malformed, the type is unknown to `registry`, or the data breaks the schema (tolerant reader:
 * see validatorFor). Nothing that throws here may reach a handler.
 */
export function parseCloudEvent(value: Buffer | string | null, registry: ContractRegistry): ContractEvent {
  const parsed = parseJson(value);
  const declaredType = typeof (parsed as { type?: unknown })?.type === 'string' ? (parsed as { type: string }).type : undefined;
  assertValid(cloudEventEnvelopeSchema, parsed, 'consume', declaredType);
  const event = parsed as CloudEvent;
  const contract = registry.get(event.type);
  if (!contract) throw new ContractViolation(event.type, [{ field: 'type', rule: 'is not a contract this consumer knows' }]);
  if (event.dataschema !== undefined && event.dataschema !== contract.dataschema) {
    throw new ContractViolation(event.type, [{ field: 'dataschema', rule: `must be ${contract.dataschema}` }]);
  }
  assertValid(contract.schema, event.data, 'consume', event.type, 'data');
  return { contract, event };
}

function parseJson(value: Buffer | string | null): unknown {
  if (value === null) throw new ContractViolation(undefined, [{ field: '(value)', rule: 'is empty (a tombstone is not a CloudEvent)' }]);
  try {
    return JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch {
    throw new ContractViolation(undefined, [{ field: '(value)', rule: 'is not JSON (structured-mode CloudEvents expected)' }]);
  }
}
