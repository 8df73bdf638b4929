import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ReadModelRunner } from './read-model-runner.js';

/** How long a query waits for the read models to reach the client's minPosition. */
const MIN_POSITION_WAIT_MS = 2_000;

/**
 * Answers a query from the read models with the position they reflect. With `minPosition` (a
 * position a command answered) it first waits for the read models to reach it — read your own
 * writes — and answers 202 with the position reached if they do not within 2 s.
 */
@Injectable()
export class ConsistentRead {
  constructor(private readonly runner: ReadModelRunner) {}

  async answer(reply: FastifyReply, minPosition: string | undefined, query: () => Promise<object>): Promise<void> {
    if (minPosition !== undefined && !(await this.runner.waitFor(BigInt(minPosition), MIN_POSITION_WAIT_MS))) {
      void reply.status(202).send({ position: String(this.runner.position()) });
      return;
    }
    // Taken before the read: the answer reflects at least this position.
    const position = String(this.runner.position());
    const body = await query();
    void reply.status(200).send({ position, ...body });
  }
}
