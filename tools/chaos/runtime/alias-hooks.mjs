// Resolve hook: maps each path alias of tsconfig.base.json to its compiled file in .linli/chaos/build.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolvePath(new URL('../../..', import.meta.url).pathname);
const outDir = `${root}/.linli/chaos/build`;
const { compilerOptions } = JSON.parse(readFileSync(`${root}/tsconfig.base.json`, 'utf8'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, pathToFileURL(`${outDir}/${target.replace(/\.ts$/, '.js')}`).href]));

export async function resolve(specifier, context, nextResolve) {
  const target = aliases.get(specifier);
  return target ? nextResolve(target, context) : nextResolve(specifier, context);
}
