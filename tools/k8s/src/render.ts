import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './objects.js';
import { MANIFESTS_DIR, ROOT } from './settings.js';
import type { Kustomize } from './toolchain.js';

/** One kustomization to check: where it is and what it is called in reports. */
export interface Target {
  readonly name: string;
  readonly dir: string;
}

/** Every buildable kustomization under k8s/overlays (Components are built through them), plus extras. */
export function overlayTargets(extraDirs: readonly string[] = []): Target[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const file = join(dir, 'kustomization.yaml');
    if (existsSync(file) && !/^kind:\s*Component\s*$/m.test(readFileSync(file, 'utf8'))) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  walk(join(MANIFESTS_DIR, 'overlays'));
  return [...found.sort(), ...extraDirs].map((dir) => ({ name: relative(ROOT, dir), dir }));
}

/** Renders a kustomization; throws with kustomize's message when it does not build. */
export function render(kustomize: Kustomize, dir: string): K8sObject[] {
  const [cmd, ...args] = kustomize.argv as [string, ...string[]];
  const result = spawnSync(cmd, [...args, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${kustomize.description} ${relative(ROOT, dir)} failed:\n${result.stderr || result.error}`);
  return parseManifests(result.stdout);
}

/** The objects of a multi-document YAML stream; a YAML error is an error, not a skipped document. */
export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0]?.message}`);
    const value = doc.toJS() as K8sObject | null;
    return value ? [value] : [];
  });
}
