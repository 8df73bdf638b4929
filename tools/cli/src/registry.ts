import type { CliCommand } from './command.js';
import { auditCommands } from './commands/audit/index.js';
import { authTokenCommand } from './commands/auth-token.js';
import { dlqListCommand, dlqRetryCommand, dlqSkipCommand } from './commands/dlq.js';
import { eventsHeadCommand } from './commands/events-head.js';
import { dbMigrateCommand } from './commands/db-migrate.js';
import { kafkaTopicsCreateCommand } from './commands/kafka-topics.js';
import { projectionsRebuildCommand } from './commands/projections-rebuild.js';
import { projectionsStatusCommand } from './commands/projections-status.js';

/** Every linli command, in the order `linli help` lists them. */
export const commands: readonly CliCommand[] = [eventsHeadCommand, projectionsStatusCommand, projectionsRebuildCommand, dlqListCommand, dlqRetryCommand, dlqSkipCommand, ...auditCommands, authTokenCommand, dbMigrateCommand, kafkaTopicsCreateCommand];
