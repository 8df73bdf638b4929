// Builds FerretDB 1.24 (pinned by tools/infra/ferretdb/go.mod + go.sum) into .linli/bin/ferretdb.
//
// Why not `go build github.com/FerretDB/FerretDB/cmd/ferretdb` from our module: the binary records
// FerretDB as its main module (runtime/debug.BuildInfo.Main is the module holding package main), so
// FerretDB's build/version package demands a generated version.txt and the binary panics at start-up.
// go build -overlay cannot supply that file either (files under GOMODCACHE must not be replaced).
// So we copy the pinned module source out of the module cache into .linli/build (git-ignored), write
// version.txt there and build inside that copy; its own go.sum verifies every dependency.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, DIRS, INFRA_DIR, ensureDir, log, run, seconds, sha256 } from './common.mjs';

const MODULE_DIR = join(INFRA_DIR, 'ferretdb');
export const FERRETDB_BIN = join(DIRS.bin, 'ferretdb');
const MARKER = `${FERRETDB_BIN}.sha256`;
const SRC = join(CACHE, 'build', 'ferretdb-src');

export async function buildFerretDB() {
  const hash = sha256(join(MODULE_DIR, 'go.mod'), join(MODULE_DIR, 'go.sum'), new URL(import.meta.url));
  if (existsSync(FERRETDB_BIN) && existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === hash) return;
  await run('go', ['version']).catch(() => {
    throw new Error('go is not on PATH: FerretDB is built from source (Go 1.24+ from https://go.dev/dl); or put mongod on PATH');
  });
  const t0 = Date.now();
  const goEnv = { CGO_ENABLED: '0', GOWORK: 'off', GOFLAGS: '-buildvcs=false' };
  const { out } = await run('go', ['mod', 'download', '-json', 'github.com/FerretDB/FerretDB'], { cwd: MODULE_DIR, env: goEnv });
  const { Dir: moduleSrc, Version: version } = JSON.parse(out);
  log(`mongodb: building FerretDB ${version} from source (about 70 s with a cold Go build cache) …`);

  rmSync(SRC, { recursive: true, force: true });
  cpSync(moduleSrc, SRC, { recursive: true });
  await run('chmod', ['-R', 'u+w', SRC]); // the module cache is read-only, and so is our copy at first
  writeFileSync(join(SRC, 'build', 'version', 'version.txt'), `${version}\n`);
  ensureDir(DIRS.bin);
  await run('go', ['build', '-trimpath', '-o', FERRETDB_BIN, './cmd/ferretdb'], { cwd: SRC, env: goEnv });
  rmSync(join(SRC, '..'), { recursive: true, force: true });

  const { out: reported } = await run(FERRETDB_BIN, ['--version']);
  if (!reported.includes(version)) throw new Error(`built FerretDB reports an unexpected version:\n${reported}`);
  writeFileSync(MARKER, `${hash}\n`);
  log(`mongodb: FerretDB ${version} built (${seconds(t0)})`);
}
