import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BIN_DIR, CACHE_DIR, KUSTOMIZE_MODULE_DIR, REQUIREMENTS_FILE, ROOT, SCHEMA_FLAVOUR, SCHEMA_PACKAGE,
} from './settings.js';

// Obtains what the validation needs, once, into .linli/: the Kubernetes JSON schemas (pip, from a
// hash-pinned wheel) and a kustomize (kubectl's built-in one, else built with Go from our go.mod).
// Every later call finds them cached and touches no network.

/** A command to render a kustomization: argv without the directory. */
export interface Kustomize {
  readonly argv: readonly string[];
  readonly description: string;
}

function run(cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(cmd, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}`, missing: (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' };
}

function fail(step: string, out: string): never {
  throw new Error(`tools/k8s: ${step} failed\n${out.trim()}`);
}

const sha256 = (...files: string[]): string => {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex');
};

/** The folder of the pinned strict schemas, downloaded and extracted on first use. */
export function ensureSchemas(): string {
  const target = join(CACHE_DIR, 'schemas', SCHEMA_FLAVOUR);
  const marker = join(target, '.source');
  const expected = `${SCHEMA_PACKAGE} ${sha256(REQUIREMENTS_FILE)}\n`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return target;

  const download = join(CACHE_DIR, 'download');
  mkdirSync(download, { recursive: true });
  const pip = run('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '--require-hashes', '-r', REQUIREMENTS_FILE, '-d', download]);
  if (!pip.ok) fail(`pip download of ${SCHEMA_PACKAGE} (needs python3 with pip and PyPI, once)`, pip.out);
  const wheel = readdirSync(download).find((name) => name.startsWith('kubernetes_validate-') && name.endsWith('.whl'));
  if (!wheel) fail('locating the kubernetes-validate wheel', readdirSync(download).join('\n'));

  // Extract into a private folder, then rename: parallel jest workers never see half a copy.
  const staging = `${target}.${process.pid}`;
  const prefix = `kubernetes_validate/kubernetes-json-schema/${SCHEMA_FLAVOUR}/`;
  const extract = run('python3', ['-c', EXTRACT_PY, join(download, wheel), prefix, staging]);
  if (!extract.ok) fail('extracting the schemas', extract.out);
  writeFileSync(join(staging, '.source'), expected);
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(marker)) throw error;
  }
  return target;
}

const EXTRACT_PY = `
import os, sys, zipfile
wheel, prefix, out = sys.argv[1:4]
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist() if n.startswith(prefix) and n.endswith('.json')]
    if not names: sys.exit('no schemas under ' + prefix)
    os.makedirs(out, exist_ok=True)
    for n in names:
        with open(os.path.join(out, os.path.basename(n)), 'wb') as f: f.write(z.read(n))
`;

/** kubectl's kustomize when kubectl is installed (LINLI_K8S_KUSTOMIZE=go forces the Go build). */
export function ensureKustomize(): Kustomize {
  if (process.env['LINLI_K8S_KUSTOMIZE'] !== 'go') {
    const kubectl = run('kubectl', ['version', '--client', '-o', 'json']);
    if (kubectl.ok) {
      const version = (JSON.parse(kubectl.out.slice(kubectl.out.indexOf('{'))) as { kustomizeVersion?: string }).kustomizeVersion ?? 'unknown';
      return { argv: ['kubectl', 'kustomize'], description: `kubectl kustomize (kustomize ${version})` };
    }
  }
  return { argv: [buildKustomize(), 'build'], description: 'kustomize built from tools/k8s/kustomize/go.mod' };
}

function buildKustomize(): string {
  const binary = join(BIN_DIR, 'kustomize');
  const marker = `${binary}.sha256`;
  const hash = sha256(join(KUSTOMIZE_MODULE_DIR, 'go.mod'), join(KUSTOMIZE_MODULE_DIR, 'go.sum'));
  if (existsSync(binary) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash) return binary;
  mkdirSync(BIN_DIR, { recursive: true });
  const env = { CGO_ENABLED: '0', GOWORK: 'off', GOFLAGS: '-buildvcs=false -mod=readonly' };
  const build = run('go', ['build', '-trimpath', '-o', binary, 'sigs.k8s.io/kustomize/kustomize/v5'], { cwd: KUSTOMIZE_MODULE_DIR, env });
  if (build.missing) fail('building kustomize', 'neither kubectl nor go is on the PATH');
  if (!build.ok) fail('building kustomize with go', build.out);
  writeFileSync(marker, `${hash}\n`);
  return binary;
}
