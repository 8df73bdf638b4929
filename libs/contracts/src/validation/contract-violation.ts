/** One broken rule: where in the CloudEvent (dotted path) and which rule. */
export interface Violation {
  readonly field: string;
  readonly rule: string;
}

/**
 * A CloudEvent or payload that breaks its contract. Thrown when publishing (a bug in the
 * producer: fail loudly) and when consuming (the consumer framework dead-letters the message).
 * The message names fields and rules only, never values, because values may be personal data.
 */
export class ContractViolation extends Error {
  /** The first broken rule; `violations` has them all. */
  readonly field: string;
  readonly rule: string;

  constructor(
    readonly eventType: string | undefined,
    readonly violations: readonly Violation[],
  ) {
    const [first] = violations;
    super(`${eventType ?? 'CloudEvent'} violates its contract: ${violations.map((v) => `${v.field} ${v.rule}`).join('; ')}`);
    this.name = 'ContractViolation';
    this.field = first?.field ?? '(event)';
    this.rule = first?.rule ?? 'is invalid';
  }
}
