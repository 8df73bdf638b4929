import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import { CommandAcceptedDto, DomainErrorDto, NotYetDto, ValidationErrorDto } from './dto/responses.dto.js';

// OpenAPI for the two kinds of endpoint: a command and a query.

const idempotencyKey = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A key of your choice (1–128 of A-Z a-z 0-9 . _ : -): sending the command again with it answers the first result and records nothing',
});
const ifMatch = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The revision you last saw (ETag, e.g. "3"): the command is refused with 409 WrongExpectedRevision if the resource changed since',
});

/** The headers every command reads besides the bearer token (which names the actor). */
const ActorHeaders = () =>
  applyDecorators(
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Correlates the events this request causes' }),
  );

/** A command; `creates` for POST on a collection (201, no If-Match: there is nothing to have seen yet). */
export function CommandDocs(summary: string, options: { creates?: boolean } = {}) {
  const status = options.creates ? 201 : 200;
  return applyDecorators(
    ApiOperation({ summary }),
    ActorHeaders(),
    ...(options.creates ? [idempotencyKey] : [HttpCode(200), idempotencyKey, ifMatch]),
    ApiResponse({ status, description: 'Recorded', type: CommandAcceptedDto, headers: { ETag: { description: 'The new revision, e.g. "0"', schema: { type: 'string' } } } }),
    ApiResponse({ status: 400, description: 'Bad input: each error names the field and the rule', type: ValidationErrorDto }),
    ApiResponse({ status: 404, description: 'An id names nothing', type: DomainErrorDto }),
    ApiResponse({ status: 409, description: 'Refused by a rule of the current state, or If-Match is stale', type: DomainErrorDto }),
  );
}

/** A query answered from the read models. */
export function QueryDocs(summary: string, type: unknown, options: { notFound?: boolean } = {}) {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiResponse({ status: 200, description: 'The read model, with the event-store position it reflects', type: type as never }),
    ApiResponse({ status: 202, description: 'minPosition not reached within 2 s', type: NotYetDto }),
    ApiResponse({ status: 400, description: 'Bad query: each error names the field and the rule', type: ValidationErrorDto }),
    ...(options.notFound === false ? [] : [ApiResponse({ status: 404, description: 'Unknown id', type: DomainErrorDto })]),
  );
}

/** A path id, documented as a UUID. */
export const IdPath = (name = 'id', description?: string) => ApiParam({ name, type: String, format: 'uuid', ...(description ? { description } : {}) });
