import type { ExpectedRevision } from './port.js';

/** The stream was not at the revision the caller expected (services answer HTTP 409). */
export class WrongExpectedRevision extends Error {
  constructor(readonly stream: string, readonly expected: ExpectedRevision, readonly actual: bigint | 'no_stream') {
    super(`stream ${stream}: expected revision ${String(expected)} but it is at ${String(actual)}`);
    this.name = 'WrongExpectedRevision';
  }
}

/** The caller asked for something the store cannot accept; nothing was written. */
export class InvalidAppend extends Error {
  constructor(readonly field: string, rule: string) {
    super(`invalid append: ${field} ${rule}`);
    this.name = 'InvalidAppend';
  }
}
