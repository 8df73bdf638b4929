import { CHINA_UTC_OFFSET } from '@linli/disputes-domain';
import type { FastifyReply } from 'fastify';

/** 202: the read models have not reached the position asked for; the client retries. */
export function notYet(reply: FastifyReply, position: string): { position: string } {
  void reply.status(202);
  return { position };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A range of report dates: a bare date is a whole day in China (from its start, to its end). */
export function reportedRange(from: string | undefined, to: string | undefined): { reportedFrom?: string; reportedTo?: string } {
  return {
    ...(from !== undefined && { reportedFrom: DATE_ONLY.test(from) ? `${from}T00:00:00.000${CHINA_UTC_OFFSET}` : from }),
    ...(to !== undefined && { reportedTo: DATE_ONLY.test(to) ? `${to}T23:59:59.999${CHINA_UTC_OFFSET}` : to }),
  };
}
