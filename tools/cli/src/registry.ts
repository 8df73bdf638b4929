import type { CliCommand } from './command.js';
import { eventsHeadCommand } from './commands/events-head.js';
import { projectionsRebuildCommand } from './commands/projections-rebuild.js';
import { projectionsStatusCommand } from './commands/projections-status.js';

/** Every linli command, in the order `linli help` lists them. */
export const commands: readonly CliCommand[] = [eventsHeadCommand, projectionsStatusCommand, projectionsRebuildCommand];
