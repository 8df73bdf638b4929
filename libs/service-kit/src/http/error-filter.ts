import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';

/** Answers HTTP errors as JSON; a 5xx body never carries a stack trace or an internal message. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      void reply.status(status).send(typeof body === 'string' ? { statusCode: status, message: body } : body);
      return;
    }
    this.logger.error({ err: exception instanceof Error ? { type: exception.name, stack: exception.stack } : String(exception) }, 'unhandled error');
    void reply.status(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'internal error' });
  }
}
