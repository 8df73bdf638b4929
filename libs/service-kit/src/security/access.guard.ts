import { BadRequestException, ForbiddenException, HttpException, HttpStatus, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { authorize, InvalidToken, isPublicPath, type Principal } from '@linli/security';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '../tokens.js';
import { SecurityRuntime } from './security-runtime.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access guard from the verified bearer token. */
    principal?: Principal;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/**
 * The global guard of every service: a verified bearer token (401), the caller's rate (429), the
 * page size cap (400), then the policy: role × route matrix and the token's scope in the tree (403).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(SecurityRuntime) private readonly security: SecurityRuntime,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.routeOptions.url ?? request.url;
    if (isPublicPath(route)) return true;
    const principal = await this.authenticate(request);
    this.limitRate(principal, context.switchToHttp().getResponse<FastifyReply>());
    this.capPageSize(request);
    const decision = await authorize(
      { principal, service: this.security.serviceName, method: request.method, route, params: asRecord(request.params), query: asRecord(request.query), body: request.body },
      { tree: this.security.tree, rootUnitId: this.security.config.auth.rootUnitId, resolvers: this.security.resolvers.all() },
    );
    if (!decision.allowed) {
      this.logger.info({ route, method: request.method, role: principal.role, reason: decision.reason }, 'access denied');
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'Forbidden', message: 'this token may not do that here' });
    }
    request.principal = principal;
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Principal> {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match) throw unauthorized('a bearer token is required (Authorization: Bearer <JWT>)');
    try {
      return await this.security.verify(match[1] as string);
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      this.logger.info({ reason: error.reason }, 'token refused');
      throw unauthorized('the bearer token is invalid or expired');
    }
  }

  private limitRate(principal: Principal, reply: FastifyReply): void {
    const retryAfter = this.security.clientRate.take(principal.subject, Date.now());
    if (retryAfter === undefined) return;
    void reply.header('retry-after', String(retryAfter));
    throw new HttpException({ statusCode: 429, error: 'Too Many Requests', code: 'RateLimited', message: `too many requests from this client; retry after ${retryAfter} s` }, HttpStatus.TOO_MANY_REQUESTS);
  }

  private capPageSize(request: FastifyRequest): void {
    const limit = asRecord(request.query)['limit'];
    const max = this.security.config.limits.maxPageSize;
    if (limit === undefined || !/^\d+$/.test(String(limit)) || Number(limit) <= max) return;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: 'limit', rule: 'max', message: `limit must not be greater than ${max}` }] });
  }
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

function unauthorized(message: string): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', code: 'Unauthorized', message });
}
