import { applyDecorators, BadRequestException, HttpCode, ParseUUIDPipe } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import type { CommandAccepted } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { CommandAcceptedDto } from './dto/command-accepted.dto.js';

/** The dispute id of a path: a malformed one is a 400 naming the field, like any bad input. */
export const DisputeIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: 'id', rule: 'isUuid', message: 'id must be a UUID' }] }),
});

/** The OpenAPI description every command shares: headers, answers and the status code. */
export function CommandEndpoint(summary: string, { creates = false, onExisting = true } = {}) {
  const status = creates ? 201 : 200;
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ summary }),
    ...(onExisting ? [ApiParam({ name: 'id', format: 'uuid', description: 'The dispute.' })] : []),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key answers the first result and records nothing new.' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision (ETag) the change is based on; a different current revision is a 409.' }),
    ApiResponse({ status, type: CommandAcceptedDto, description: 'Recorded; the ETag header carries the new revision.', headers: { ETag: { description: 'The revision, e.g. "3".', schema: { type: 'string' } } } }),
    ApiResponse({ status: 400, description: 'Bad input: `errors` names each field and the rule it broke.' }),
    ...(onExisting ? [ApiResponse({ status: 404, description: 'No such dispute.' })] : []),
    ApiResponse({ status: 409, description: 'A business rule refused it (`code`, e.g. DisputeNotOpen), or If-Match did not match (WrongExpectedRevision).' }),
  );
}

/** Answers a command with its result and the new revision as the ETag. */
export function answered(reply: FastifyReply, result: CommandAccepted): CommandAccepted {
  void reply.header('ETag', `"${result.revision}"`);
  return result;
}
