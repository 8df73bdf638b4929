// MongoDB wire protocol on 127.0.0.1: a real mongod when one is on PATH, otherwise FerretDB 1.24 over SQLite.
import { join } from 'node:path';
import { DIRS, envInt, ensureDir, ownedPid, readPid, run, spawnDetached, terminate } from './common.mjs';
import { FERRETDB_BIN, buildFerretDB } from './ferretdb-build.mjs';

const port = () => envInt('LINLI_MONGO_PORT', 57017);
let mongodPath; // resolved once per process: '' when there is no mongod

async function findMongod() {
  if (mongodPath === undefined) {
    const { code, out } = await run('sh', ['-c', 'command -v mongod'], { check: false });
    mongodPath = code === 0 ? out.trim() : '';
  }
  return mongodPath;
}

const servers = {
  mongod: {
    dataDir: join(DIRS.data, 'mongodb'),
    args(mongod) {
      return [mongod, ['--dbpath', ensureDir(this.dataDir), '--bind_ip', '127.0.0.1', '--port', String(port())]];
    },
  },
  ferretdb: {
    dataDir: join(DIRS.data, 'ferretdb'),
    args() {
      // Flags as printed by `ferretdb --help` (v1.24.2); the SQLite URL names a directory and ends in '/'.
      return [
        FERRETDB_BIN,
        [
          '--handler=sqlite',
          `--sqlite-url=file:${ensureDir(this.dataDir)}/`,
          `--listen-addr=127.0.0.1:${port()}`,
          '--state-dir=-',
          '--debug-addr=-',
          '--telemetry=disable',
        ],
      ];
    },
  },
};

export default {
  name: 'mongodb',
  envVar: 'MONGODB_URI',
  dataDirs: [servers.mongod.dataDir, servers.ferretdb.dataDir],
  get logFile() {
    return join(DIRS.logs, mongodPath ? 'mongod.log' : 'ferretdb.log');
  },
  port,
  portEnv: 'LINLI_MONGO_PORT',
  endpoint: () => `mongodb://127.0.0.1:${port()}/linli`,
  pid: () => ownedPid(readPid('mongodb')),
  async describe() {
    return (await findMongod()) ? `mongod (${mongodPath})` : 'FerretDB 1.24 on SQLite';
  },
  async prepare() {
    if (!(await findMongod())) await buildFerretDB();
  },
  async start() {
    const mongod = await findMongod();
    const [cmd, args] = mongod ? servers.mongod.args(mongod) : servers.ferretdb.args();
    // Telemetry stays off in every way FerretDB knows: nothing may call out.
    return spawnDetached(cmd, args, { logFile: this.logFile, env: { DO_NOT_TRACK: '1', FERRETDB_TELEMETRY: 'disable' } });
  },
  stop: (pid) => terminate(pid),
};
