import { DomainRuleViolation } from '@linli/domain-kernel';
import type { CommandAccepted } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { fieldError } from './validation.js';

/** Answers a command with its result and the new revision as ETag, for the client's next If-Match. */
export function accepted(reply: FastifyReply, result: CommandAccepted): CommandAccepted {
  void reply.header('ETag', `"${result.revision}"`);
  return result;
}

/**
 * A parent of a type the ladder does not allow is bad input (400 naming the field), not a conflict
 * with the current state: the domain refuses it as `ParentTypeNotAllowed`, which only here becomes
 * a field error. Every other refusal stays a 409.
 */
export async function parentTypeIsBadInput(field: string, command: Promise<CommandAccepted>): Promise<CommandAccepted> {
  try {
    return await command;
  } catch (error) {
    if (error instanceof DomainRuleViolation && error.code === 'ParentTypeNotAllowed') throw fieldError(field, 'allowedParentType', error.message);
    throw error;
  }
}
