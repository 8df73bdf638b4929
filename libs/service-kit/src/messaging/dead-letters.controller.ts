import { BadRequestException, Body, ConflictException, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ConsumerGroupNotHere, DeadLetters, KeyBusy, ParkedMessageNotFound, type RunningConsumer } from '@linli/messaging';
import type { EventStore } from '@linli/event-store';
import { Cmd, type CommandContext } from '../commands/command-context.js';
import { EVENT_STORE } from '../tokens.js';
import { DeadLettersQuery, GROUP_PATTERN, RetryDeadLettersDto, SkipDeadLetterDto } from './dead-letters.dto.js';
import { MessagingRegistry } from './messaging-registry.js';

/**
 * The operators' dead-letter surface of a service that runs Kafka consumers: list, retry and skip
 * parked messages; each action is stored as an event with the actor (X-Actor-* / the authenticated
 * principal) and the reason. Retries run here because only this process runs the group's handler.
 */
@ApiTags('dead-letters')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(
    @Inject(MessagingRegistry) private readonly messaging: MessagingRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Parked messages of the consumer groups this service runs, oldest first (no payloads)' })
  @ApiNotFoundResponse({ description: 'The group does not run in this service.' })
  async list(@Query() query: DeadLettersQuery) {
    const consumers = query.group ? [this.consumer(query.group)] : this.messaging.allConsumers();
    const groups = await Promise.all(consumers.map(async (c) => ({ groupId: c.groupId, deadLetterTopic: c.deadLetterTopic, parked: await c.parked.list(c.groupId) })));
    return { groups };
  }

  @Post(':group/:key/retry')
  @HttpCode(200)
  @ApiParam({ name: 'key', description: 'The parked key (a community id, else a stream name), URL-encoded' })
  @ApiOperation({ summary: "Apply the key's parked messages again in their original order through the group's handler; un-parks the key when all succeed" })
  @ApiNotFoundResponse({ description: 'The group does not run here, or the key has nothing parked.' })
  @ApiConflictResponse({ description: 'Another retry or skip of the key is running (KeyBusy).' })
  async retry(@Param('group') group: string, @Param('key') key: string, @Body() body: RetryDeadLettersDto, @Cmd() context: CommandContext) {
    const consumer = this.consumer(group);
    return this.mapped(() => this.deadLetters(consumer).retry(group, { key: checkedKey(key) }, context.actor, body.reason));
  }

  @Post(':group/:key/skip')
  @HttpCode(200)
  @ApiParam({ name: 'key', description: 'The parked key (a community id, else a stream name), URL-encoded' })
  @ApiOperation({ summary: 'Skip one parked message of the key for good (the oldest unless messageId names another); the key flows again once nothing of it is parked' })
  @ApiNotFoundResponse({ description: 'The group does not run here, or no such message is parked under the key.' })
  @ApiConflictResponse({ description: 'A retry or skip of the key is running (KeyBusy).' })
  async skip(@Param('group') group: string, @Param('key') key: string, @Body() body: SkipDeadLetterDto, @Cmd() context: CommandContext) {
    const consumer = this.consumer(group);
    const parkedKey = checkedKey(key);
    return this.mapped(async () => {
      const id = body.messageId ?? (await consumer.parked.head(group, parkedKey))?.id;
      const message = id === undefined ? undefined : await consumer.parked.get(group, id);
      if (!message || message.key !== parkedKey || message.status !== 'parked') throw new ParkedMessageNotFound(group, body.messageId ?? `of key ${parkedKey}`);
      await this.deadLetters(consumer).skip(group, message.id, context.actor, body.reason);
      const { value: _value, headers: _headers, ...skipped } = message;
      return { skipped, keyUnparked: !(await consumer.parked.isParked(group, parkedKey)) };
    });
  }

  private consumer(group: string): RunningConsumer {
    if (!GROUP_PATTERN.test(group)) throw fieldError('group', 'pattern', 'group must be 1–200 characters of letters, digits, . _ -');
    const consumer = this.messaging.consumer(group);
    if (!consumer) throw notFound(new ConsumerGroupNotHere(group));
    return consumer;
  }

  private deadLetters(consumer: RunningConsumer): DeadLetters {
    return new DeadLetters(consumer.parked, this.store, [consumer]);
  }

  private async mapped<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ParkedMessageNotFound || error instanceof ConsumerGroupNotHere) throw notFound(error);
      if (error instanceof KeyBusy) throw new ConflictException({ statusCode: 409, error: 'Conflict', code: 'KeyBusy', message: error.message });
      throw error;
    }
  }
}

function checkedKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  if (key.length === 0 || key.length > 512 || /[\u0000-\u001f]/.test(key)) throw fieldError('key', 'pattern', 'key must be 1–512 printable characters');
  return key;
}

const notFound = (error: Error) => new NotFoundException({ statusCode: 404, error: 'Not Found', code: error.name, message: error.message });

const fieldError = (field: string, rule: string, message: string) =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field, rule, message }] });
