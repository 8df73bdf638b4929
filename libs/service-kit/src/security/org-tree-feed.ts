import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import type { Logger } from 'pino';
import { Infrastructure } from '../health/infrastructure.js';
import { SERVICE_LOGGER } from '../tokens.js';
import { SecurityRuntime } from './security-runtime.js';

/**
 * Keeps this service's organisation tree (for token scopes) in step with the organizations
 * service's public events: reads linli.organizations.v1 from the beginning at every start (the tree
 * is small) in a group of its own that commits nothing, and folds each event into the tree.
 */
@Injectable()
export class OrgTreeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer?: Consumer;

  constructor(
    @Inject(SecurityRuntime) private readonly security: SecurityRuntime,
    @Inject(Infrastructure) private readonly infrastructure: Infrastructure,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.security.config.treeFeed) return;
    const consumer = this.infrastructure.kafka.consumer({ groupId: `${this.security.serviceName}.org-tree.${randomUUID()}` });
    this.consumer = consumer;
    const topic = this.security.config.treeTopic;
    // Start in the background: readiness does not wait for the tree; until it arrives only root-scoped tokens reach anything.
    void (async () => {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ message }) => {
          const event = parse(message.value);
          if (event) this.security.tree.apply(event);
        },
      });
    })().catch((error: unknown) => this.logger.warn({ err: { type: error instanceof Error ? error.name : typeof error } }, 'organisation tree feed stopped'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
  }
}

function parse(value: Buffer | null): { type: string; data: unknown } | undefined {
  if (!value) return undefined;
  try {
    const event = JSON.parse(value.toString('utf8')) as { type?: unknown; data?: unknown };
    return typeof event.type === 'string' && typeof event.data === 'object' && event.data !== null ? { type: event.type, data: event.data } : undefined;
  } catch {
    return undefined;
  }
}
