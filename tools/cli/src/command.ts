/** Exit codes of every linli command (documented in `linli help`). */
export const EXIT = { ok: 0, failed: 1, usage: 2, unavailable: 3 } as const;

/** Parsed command line: positional arguments and --flags (`--name value`, `--name=value`, `--flag`). */
export interface Args {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/** Where a command writes: human text, or one JSON document with --json. */
export interface Output {
  readonly json: boolean;
  print(human: string, machine: unknown): void;
  error(message: string): void;
}

/** One `linli <group> <name>` command. */
export interface CliCommand {
  readonly group: string;
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: Args, out: Output): Promise<number>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) flags[name] = (i++, next);
    else flags[name] = true;
  }
  return { positional, flags };
}

/** A required string flag, or a UsageError naming it. */
export function requireFlag(args: Args, name: string): string {
  const value = args.flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} <value> is required`);
  return value;
}
