import { EXIT, requireFlag, UsageError, type Args, type CliCommand, type Output } from '../command.js';
import { callService, Refused, ServiceUnavailable } from './dlq-client.js';

interface ParkedView {
  id: string;
  key: string;
  topic: string;
  partition: number;
  offset: string;
  reason: string;
  error: string;
  attempts: number;
  parkedAt: string;
}

interface RetryResult {
  key: string;
  appliedIds: string[];
  failed: { id: string; error: string } | null;
  keyUnparked: boolean;
}

const TARGET = '[--service ratings|disputes|… | --url http://host:port] [--token <jwt> (default $LINLI_TOKEN)]';

/** Runs a dead-letter call, mapping the service's answers to exit codes. */
async function guarded(out: Output, action: () => Promise<number>): Promise<number> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ServiceUnavailable) return (out.error(error.message), EXIT.unavailable);
    if (error instanceof Refused && error.status === 400) throw new UsageError(error.message);
    if (error instanceof Refused) return (out.error(error.message), EXIT.failed);
    throw error;
  }
}

/** `--id` (or `--message`): a parked message id, as `linli dlq list` shows it. */
function messageId(args: Args): string | undefined {
  const id = args.flags['id'] ?? args.flags['message'];
  if (id === true) throw new UsageError('--id <id> needs the id of a parked message (see linli dlq list)');
  return id;
}

/** The route of an action on a key: `--key`, else the key of the message `--id` names. */
async function actionPath(args: Args, action: 'retry' | 'skip'): Promise<string> {
  const group = requireFlag(args, 'group');
  const id = messageId(args);
  let key = typeof args.flags['key'] === 'string' ? args.flags['key'] : undefined;
  if (key === undefined && id !== undefined) {
    const listed = await callService<{ groups: { parked: ParkedView[] }[] }>(args, 'GET', `/dead-letters?group=${encodeURIComponent(group)}`);
    key = listed.groups[0]?.parked.find((m) => m.id === id)?.key;
    if (key === undefined) throw new Refused(404, `no parked message ${id} in consumer group ${group}`);
  }
  if (key === undefined) throw new UsageError('--key <key> (or --id <parked id>) is required');
  return `/dead-letters/${encodeURIComponent(group)}/${encodeURIComponent(key)}/${action}`;
}

/** `linli dlq list`: the parked messages of the groups a service runs. */
export const dlqListCommand: CliCommand = {
  group: 'dlq',
  name: 'list',
  summary: 'list parked (dead-lettered) messages of the consumer groups a service runs',
  usage: `[--group <consumer group>] ${TARGET} [--json]`,
  run: (args, out) =>
    guarded(out, async () => {
      const group = args.flags['group'];
      const query = typeof group === 'string' ? `?group=${encodeURIComponent(group)}` : '';
      const result = await callService<{ groups: { groupId: string; parked: ParkedView[] }[] }>(args, 'GET', `/dead-letters${query}`);
      const lines = result.groups.flatMap(({ groupId, parked }) => [
        `${groupId}: ${parked.length} parked`,
        ...parked.map((m) => `  #${m.id.padEnd(6)} key ${m.key.padEnd(24)} ${m.reason.padEnd(10)} attempts ${String(m.attempts).padEnd(3)} ${m.topic}/${m.partition}@${m.offset}  ${m.error.slice(0, 120)}`),
      ]);
      out.print(lines.join('\n') || 'no consumer group runs in this service', result);
      return EXIT.ok;
    }),
};

/** `linli dlq retry`: re-apply a parked key in its original order, in the service that runs the group. */
export const dlqRetryCommand: CliCommand = {
  group: 'dlq',
  name: 'retry',
  summary: "apply a parked key's messages again in order (after the fault is fixed); recorded with who and why",
  usage: `--group <consumer group> (--key <key> | --id <parked id>) --reason <why> ${TARGET} [--json]`,
  run: (args, out) =>
    guarded(out, async () => {
      const reason = requireFlag(args, 'reason');
      const result = await callService<RetryResult>(args, 'POST', await actionPath(args, 'retry'), { reason });
      const applied = `applied ${result.appliedIds.length} parked message(s) of key ${result.key}`;
      if (result.failed) {
        out.print(`${applied}; #${result.failed.id} failed again: ${result.failed.error} (it and the later ones stay parked)`, result);
        return EXIT.failed;
      }
      out.print(`${applied}; the key flows again`, result);
      return EXIT.ok;
    }),
};

/** `linli dlq skip`: give up on one parked message (`--id`, else the key's oldest). */
export const dlqSkipCommand: CliCommand = {
  group: 'dlq',
  name: 'skip',
  summary: "skip one parked message for good (--id, else the key's oldest); recorded with who and why",
  usage: `--group <consumer group> (--id <parked id> | --key <key>) --reason <why> ${TARGET} [--json]`,
  run: (args, out) =>
    guarded(out, async () => {
      const reason = requireFlag(args, 'reason');
      const id = messageId(args);
      const result = await callService<{ skipped: ParkedView; keyUnparked: boolean }>(args, 'POST', await actionPath(args, 'skip'), { reason, ...(id !== undefined ? { messageId: id } : {}) });
      const rest = result.keyUnparked ? 'nothing of the key is parked any more: it flows again' : 'later messages of the key stay parked until retried';
      out.print(`skipped #${result.skipped.id} (key ${result.skipped.key}, ${result.skipped.topic}/${result.skipped.partition}@${result.skipped.offset}); ${rest}`, result);
      return EXIT.ok;
    }),
};
