import { applyDecorators, BadRequestException, HttpCode, type PipeTransform } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { CommandAccepted } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { ID, PERIOD } from './dto/shapes.js';
import { CommandAcceptedDto, NotYetDto } from './dto/views.dto.js';

/** A path parameter checked against a pattern: a mismatch is a 400 naming the field, like any bad input. */
class PatternPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string, private readonly pattern: RegExp, private readonly message: string) {}

  transform(value: string): string {
    if (this.pattern.test(value)) return value;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: this.field, rule: 'matches', message: this.message }] });
  }
}

export const CommunityIdPipe = new PatternPipe('communityId', ID, 'communityId must be 1–128 letters, digits or . _ : -');
export const RubricIdPipe = new PatternPipe('rubricId', ID, 'rubricId must be 1–128 letters, digits or . _ : -');
export const PeriodPipe = new PatternPipe('period', PERIOD, 'period must be a rating period: YYYY, YYYY-H1 or YYYY-H2');

/** The OpenAPI description every command shares: headers, answers and the status code. */
export function CommandEndpoint(summary: string, { creates = false, notFound = 'No such award.' }: { creates?: boolean; notFound?: string | null } = {}) {
  const status = creates ? 201 : 200;
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ summary }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key answers the first result and records nothing new.' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision (ETag) the change is based on; a different current revision is a 409.' }),
    ApiResponse({ status, type: CommandAcceptedDto, description: 'Recorded; the ETag header carries the new revision.' }),
    ApiResponse({ status: 400, description: 'Bad input: `errors` names each field and the rule it broke.' }),
    ...(notFound ? [ApiResponse({ status: 404, description: notFound })] : []),
    ApiResponse({ status: 409, description: 'A business rule refused it (`code`), or If-Match did not match (WrongExpectedRevision).' }),
  );
}

/** The OpenAPI description every query shares. */
export const QueryEndpoint = (summary: string, notFound: string | null) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiAcceptedResponse({ type: NotYetDto, description: 'The read models have not reached minPosition within 2 s.' }),
    ApiResponse({ status: 400, description: 'A malformed parameter (`errors` names it).' }),
    ...(notFound ? [ApiResponse({ status: 404, description: notFound })] : []),
  );

/** Answers a command with its result and the new revision as the ETag. */
export function answered(reply: FastifyReply, result: CommandAccepted): CommandAccepted {
  void reply.header('ETag', `"${result.revision}"`);
  return result;
}
