import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { WrongExpectedRevision } from '@linli/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { correlationIdOf } from '../observability/request-log.js';
import type { Logger } from 'pino';

interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

/**
 * Maps every error to a JSON answer: HTTP errors as thrown, a broken business rule or a version
 * conflict to 409, an unknown id to 404. A 5xx body never carries a stack or an internal message.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const correlationId = correlationIdOf(host.switchToHttp().getRequest<FastifyRequest>());
    const body = this.toBody(exception);
    if (body.statusCode >= 500 && !(exception instanceof HttpException)) {
      const err = exception instanceof Error ? { type: exception.name, stack: exception.stack } : { type: typeof exception };
      this.logger.error({ err, correlationId }, 'unhandled error');
    } else {
      this.logger.info({ statusCode: body.statusCode, code: body['code'], correlationId }, 'request rejected');
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const status = exception.getStatus();
      // Keep the exception's own body (terminus puts the health report there) but always answer
      // with the exception's status, which such bodies do not carry.
      const body: ErrorBody = typeof response === 'string' ? { statusCode: status, error: exception.name, message: response } : { ...(response as ErrorBody), statusCode: status };
      // Every 400 names what was wrong, as the documented ValidationError does; one raised before
      // validation (a body that is not JSON, say) is about the body as a whole.
      if (status === 400 && !Array.isArray(body['errors'])) return { ...body, error: 'Bad Request', errors: [{ field: 'body', rule: 'parsable', message: String(body.message) }] };
      return body;
    }
    if (exception instanceof DomainRuleViolation) return { statusCode: 409, error: 'Conflict', code: exception.code, message: exception.message };
    if (exception instanceof WrongExpectedRevision) {
      return { statusCode: 409, error: 'Conflict', code: 'WrongExpectedRevision', message: 'the resource changed since the revision you sent (If-Match)', currentRevision: String(exception.actual) };
    }
    if (exception instanceof NotFound) return { statusCode: 404, error: 'Not Found', code: 'NotFound', message: exception.message };
    return { statusCode: 500, error: 'Internal Server Error', message: 'internal error' };
  }
}
