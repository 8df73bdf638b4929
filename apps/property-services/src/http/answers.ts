import type { CommandAccepted } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import type { PropertyReadModels } from '../read-models/property-read-models.js';

/** The answer to a query whose minPosition the read models did not reach in time. */
export interface NotYet {
  readonly position: string;
}

/** How long a query waits for the read models to reach the `minPosition` it was given. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 2_000;

/** Answers a command with its result, and its revision as the ETag for the client's next If-Match. */
export function accepted(reply: FastifyReply, result: CommandAccepted): CommandAccepted {
  void reply.header('ETag', `"${result.revision}"`);
  return result;
}

/**
 * Answers a query from the read models with the position they reflect. With `minPosition` it first
 * waits (up to 2 s) for the read models to reach it; if they do not, it answers 202 with the
 * position reached, and the client asks again.
 */
export async function fromReadModels<T extends object>(
  readModels: PropertyReadModels,
  reply: FastifyReply,
  minPosition: string | undefined,
  read: () => Promise<T>,
): Promise<(T & { position: string }) | NotYet> {
  if (minPosition !== undefined && !(await readModels.waitFor(BigInt(minPosition), READ_YOUR_WRITES_TIMEOUT_MS))) {
    void reply.status(202);
    return { position: String(readModels.position()) };
  }
  const position = String(readModels.position());
  return { position, ...(await read()) };
}
