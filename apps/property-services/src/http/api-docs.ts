import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { CommandAcceptedDto, DomainErrorDto, NotYetDto, ValidationErrorDto } from './dto/responses.dto.js';

// OpenAPI of the two kinds of endpoint, so every route documents the same headers and answers.

const headers = [
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Your key for this command (1–128 of A-Z a-z 0-9 . _ : -): sending it again answers the first result and records nothing more' }),
  ApiHeader({ name: 'If-Match', required: false, description: 'The revision you last saw, e.g. "3" (the ETag of a command answer): refused with 409 WrongExpectedRevision if the stream changed since' }),
  ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Correlates the events this request causes' }),
];

/** A command endpoint: 201 when it creates something, else 200; 400, 404 and 409 as the service kit maps them. */
export function CommandDocs(summary: string, options: { creates: boolean; description?: string }) {
  const status = options.creates ? 201 : 200;
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ summary, ...(options.description ? { description: options.description } : {}) }),
    ...headers,
    ApiResponse({
      status,
      description: 'Recorded (or the first answer again, for a repeated Idempotency-Key)',
      type: CommandAcceptedDto,
      headers: { ETag: { description: 'The stream revision after the command, e.g. "3"', schema: { type: 'string' } } },
    }),
    ApiResponse({ status: 400, description: 'Bad input: each error names the field and the rule it broke', type: ValidationErrorDto }),
    ApiResponse({ status: 404, description: 'A path id (or a referenced tender or entry) names nothing', type: DomainErrorDto }),
    ApiResponse({ status: 409, description: 'Refused by a business rule (code names it) or If-Match is stale (WrongExpectedRevision)', type: DomainErrorDto }),
  );
}

/** A query endpoint answered from the read models, with read-your-writes through minPosition. */
export function QueryDocs(summary: string, type: new () => object, options: { description?: string; notFound?: boolean } = {}) {
  return applyDecorators(
    ApiOperation({ summary, ...(options.description ? { description: options.description } : {}) }),
    ApiResponse({ status: 200, description: 'What the read models hold, with the position they reflect', type }),
    ApiResponse({ status: 202, description: 'The read models did not reach minPosition within 2 s; ask again', type: NotYetDto }),
    ApiResponse({ status: 400, description: 'Bad query: each error names the parameter and the rule', type: ValidationErrorDto }),
    ...(options.notFound ? [ApiResponse({ status: 404, description: 'Nothing with this id (yet: see minPosition)', type: DomainErrorDto })] : []),
  );
}
