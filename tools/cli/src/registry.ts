import type { CliCommand } from './command.js';
import { eventsHeadCommand } from './commands/events-head.js';

/** Every linli command, in the order `linli help` lists them. */
export const commands: readonly CliCommand[] = [eventsHeadCommand];
