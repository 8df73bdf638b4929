import { InvalidAppend } from '../errors.js';
import { assertJsonValue, isPlainRecord } from './json-value.js';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function requireText(value: unknown, path: string, allowEmpty = false): void {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new InvalidAppend(path, allowEmpty ? 'must be a string' : 'must be a non-empty string');
  }
}

/** Checks the metadata every event carries (who, when, why) before anything is stored. */
export function validateMetadata(metadata: unknown, path: string): void {
  if (!isPlainRecord(metadata)) throw new InvalidAppend(path, 'must be an object');
  if (typeof metadata.occurredAt !== 'string' || !ISO_8601.test(metadata.occurredAt) || Number.isNaN(Date.parse(metadata.occurredAt))) {
    throw new InvalidAppend(`${path}.occurredAt`, 'must be an ISO-8601 date-time with a time zone');
  }
  const reserved = Object.keys(metadata).find((key) => key.startsWith('$'));
  if (reserved) throw new InvalidAppend(`${path}.${reserved}`, 'starts with $, which is reserved for the store');
  if ('recordedAt' in metadata) throw new InvalidAppend(`${path}.recordedAt`, 'is set by the store and must not be supplied');
  const actor = metadata.actor;
  if (!isPlainRecord(actor)) throw new InvalidAppend(`${path}.actor`, 'must be an object with id, role and orgUnitId');
  requireText(actor.id, `${path}.actor.id`);
  requireText(actor.role, `${path}.actor.role`);
  // System actors act for no organisational unit, so the unit may be empty but must be present.
  requireText(actor.orgUnitId, `${path}.actor.orgUnitId`, true);
  requireText(metadata.correlationId, `${path}.correlationId`);
  requireText(metadata.causationId, `${path}.causationId`);
  if (metadata.reason !== undefined) requireText(metadata.reason, `${path}.reason`, true);
  assertJsonValue(metadata, path);
}
