/**
 * A business rule refused a command given the current state (the edge answers HTTP 409).
 * `code` is a stable, machine-readable name such as `DisputeNotOpen`.
 */
export class DomainRuleViolation extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = code;
  }
}

/** The command names something that does not exist (the edge answers HTTP 404). */
export class NotFound extends Error {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFound';
  }
}
