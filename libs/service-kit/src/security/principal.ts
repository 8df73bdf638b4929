import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@linli/security';
import type { FastifyRequest } from 'fastify';

/** The authenticated caller of a request (set by the access guard); a route without one is a wiring error → 401. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', code: 'Unauthorized', message: 'a bearer token is required' });
  return request.principal;
}

/** Parameter decorator: `@Caller() principal: Principal`. */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext) => principalOf(ctx.switchToHttp().getRequest<FastifyRequest>()));

const REASON = /^[\p{L}\p{N} .,:;_()/-]{3,200}$/u;

/** The purpose a caller states for reading personal data (X-Access-Reason); undefined when absent or malformed. */
export function accessReasonOf(request: FastifyRequest): string | undefined {
  const raw = request.headers['x-access-reason'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return undefined;
  const decoded = safeDecode(value.trim());
  return decoded !== undefined && REASON.test(decoded) ? decoded : undefined;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Who reads, and why: what a query needs to decide on personal fields and to audit the read. */
export interface Reader {
  readonly principal: Principal;
  readonly reason?: string;
}

/** Parameter decorator: `@ReaderOf() reader: Reader` (the principal and its X-Access-Reason). */
export const ReaderOf = createParamDecorator((_data: unknown, ctx: ExecutionContext): Reader => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  const reason = accessReasonOf(request);
  return { principal: principalOf(request), ...(reason !== undefined ? { reason } : {}) };
});
