// Resolve hook: maps each path alias of tsconfig.base.json to its compiled file in dist/.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve as resolvePath } from 'node:path';

const root = resolvePath(new URL('../..', import.meta.url).pathname);
const { compilerOptions } = JSON.parse(readFileSync(`${root}/tsconfig.base.json`, 'utf8'));
const aliases = new Map(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    alias,
    pathToFileURL(`${root}/dist/${target.replace(/\.ts$/, '.js')}`).href,
  ]),
);

export async function resolve(specifier, context, nextResolve) {
  const target = aliases.get(specifier);
  return target ? nextResolve(target, context) : nextResolve(specifier, context);
}
