import { createPostgresEventStore } from '@linli/event-store';
import { EXIT, type CliCommand } from '../command.js';
import { databaseUrl } from '../endpoints.js';

/** `linli events head`: the newest global position of the event log (a quick liveness check). */
export const eventsHeadCommand: CliCommand = {
  group: 'events',
  name: 'head',
  summary: 'print the newest position of the event log',
  usage: '[--json]',
  async run(_args, out) {
    const store = await createPostgresEventStore({ connectionString: databaseUrl() });
    try {
      const head = await store.headPosition();
      out.print(`head position: ${head}`, { head: head.toString() });
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
