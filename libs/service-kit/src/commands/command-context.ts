import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@linli/domain-kernel';
import { uuidv7 } from '@linli/event-store';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../security/principal.js';

/** What a command request carries besides its body: who, causality, idempotency and If-Match. */
export interface CommandContext {
  readonly actor: Actor;
  readonly now: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly idempotencyKey?: string;
  readonly expectedRevision?: bigint;
}

const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Reads the command context of a request. The actor is the authenticated principal (the verified
 * bearer token's sub, role and unit); X-Actor-* headers are ignored, so a client cannot forge them.
 */
export function readCommandContext(request: FastifyRequest): CommandContext {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const correlationId = checked('X-Correlation-Id', header('x-correlation-id')) ?? uuidv7();
  const idempotencyKey = checked('Idempotency-Key', header('idempotency-key'));
  const ifMatch = header('if-match');
  const principal = principalOf(request);
  return {
    actor: { id: principal.subject, role: principal.role, orgUnitId: principal.unitId },
    now: new Date().toISOString(),
    correlationId,
    causationId: correlationId,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(ifMatch !== undefined ? { expectedRevision: parseIfMatch(ifMatch) } : {}),
  };
}

function checked(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!TOKEN.test(value)) throw fieldError(name, 'pattern', `${name} must be 1–128 characters of letters, digits, . _ : -`);
  return value;
}

/** If-Match carries the revision as an ETag: `"3"` (or a bare 3). */
function parseIfMatch(value: string): bigint {
  const match = /^(?:W\/)?"?(-?\d{1,19})"?$/.exec(value.trim());
  if (!match) throw fieldError('If-Match', 'revision', 'If-Match must be the resource revision, e.g. "3"');
  return BigInt(match[1] as string);
}

function fieldError(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field, rule, message }] });
}

/** Parameter decorator: `@Cmd() context: CommandContext`. */
export const Cmd = createParamDecorator((_data: unknown, ctx: ExecutionContext) => readCommandContext(ctx.switchToHttp().getRequest<FastifyRequest>()));
