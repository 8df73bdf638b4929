import { EXIT, parseArgs, UsageError, type CliCommand, type Output } from './command.js';
import { commands } from './registry.js';

const EXIT_CODES = `Exit codes: 0 success, 1 the check or operation failed, 2 bad usage, 3 a server was unreachable.`;

/** Where the CLI writes; the process streams by default, a buffer in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

function output(json: boolean, io: Io): Output {
  return {
    json,
    print: (human, machine) => io.stdout(`${json ? JSON.stringify(machine, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) : human}\n`),
    error: (message) => io.stderr(`linli: ${message}\n`),
  };
}

function help(selected: readonly CliCommand[]): string {
  const lines = selected.map((c) => `  linli ${`${c.group} ${c.name}`.padEnd(28)} ${c.summary}`);
  return ['Usage: linli <group> <command> [options] [--json]', '', 'Commands:', ...lines, '', 'Add --help to a command for its options.', EXIT_CODES].join('\n');
}

/** Runs one command line; returns the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  const out = output(args.flags['json'] === true, io);
  const [group, name] = args.positional;
  if (!group || group === 'help' || (args.flags['help'] && !name)) {
    io.stdout(`${help(commands)}\n`);
    return group ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.group === group && c.name === name);
  if (!command) {
    const inGroup = commands.filter((c) => c.group === group);
    out.error(name ? `unknown command "${group} ${name}"` : `"${group}" needs a command`);
    io.stderr(`${help(inGroup.length ? inGroup : commands)}\n`);
    return EXIT.usage;
  }
  if (args.flags['help']) {
    io.stdout(`${command.summary}\n\nUsage: linli ${command.group} ${command.name} ${command.usage}\n${EXIT_CODES}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run({ positional: args.positional.slice(2), flags: args.flags }, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`${error.message}\nUsage: linli ${command.group} ${command.name} ${command.usage}`);
      return EXIT.usage;
    }
    out.error((error as Error).message);
    return EXIT.failed;
  }
}
