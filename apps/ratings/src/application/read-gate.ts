import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RATINGS_CONFIG, type RatingsConfig } from '../config/ratings-config.js';
import { RatingsLive } from '../live/ratings-live.js';

/**
 * Read-your-writes for every query: with `minPosition` it waits (at most RATINGS_READ_YOUR_WRITES_MS,
 * 2 s) for the read models to reach it, else answers 202 with the position they have reached. What
 * "reached" guarantees is spelled out at RatingsLivePipeline.waitFor: the service's own event, or
 * another service's event the read models consume, is itself applied, and nothing before it is
 * known to be missing (events not yet published or fetched from Kafka are not known).
 */
@Injectable()
export class ReadGate {
  constructor(
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(RATINGS_CONFIG) private readonly config: RatingsConfig,
  ) {}

  async answer<T extends object>(reply: FastifyReply, minPosition: string | undefined, query: () => Promise<T>): Promise<(T & { position: string }) | { position: string }> {
    if (minPosition !== undefined && !(await this.live.waitFor(BigInt(minPosition), this.config.readYourWritesMs))) {
      void reply.status(202);
      return { position: (await this.live.position()).toString() };
    }
    // The answer includes what was asked for, even where a backlog elsewhere keeps the overall position lower.
    const position = (minPosition !== undefined ? await this.live.answeredPosition(BigInt(minPosition)) : await this.live.position()).toString();
    return { position, ...(await query()) };
  }
}
