import { readFileSync } from 'node:fs';
import { ConfigError } from '@linli/service-kit';

/**
 * A structured setting from the environment: inline JSON (a value starting with `{`) or the path
 * of a JSON file. Unset gives undefined; unreadable or malformed input names the variable.
 */
export function readJsonSetting(env: Readonly<Record<string, string | undefined>>, variable: string): unknown {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  let text = raw;
  if (!raw.startsWith('{')) {
    try {
      text = readFileSync(raw, 'utf8');
    } catch (error) {
      throw new ConfigError(variable, `names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${raw}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConfigError(variable, 'must be JSON (inline, starting with "{", or a file path)');
  }
}
