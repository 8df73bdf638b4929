// MongoDB wire protocol on 127.0.0.1: a real mongod when one is on PATH, otherwise FerretDB 1.24 over the
// project's PostgreSQL (default) or over SQLite (LINLI_FERRETDB_BACKEND=sqlite).
//
// Why PostgreSQL by default: FerretDB 1.24's SQLite backend pushes no filter down, not even `_id`, so
// every lookup scans the collection (measured on this machine with 5,000 documents: a point read
// 326 ms, `$in` of 40 ids 38 s, inserting 5,000 documents 36 s, against 36 ms, 1.1 s and 3.1 s on
// the PostgreSQL backend at the same load), and it deadlocks on a bulkWrite replacing ~100 documents.
import { join } from 'node:path';
import { DIRS, envInt, ensureDir, ownedPid, readPid, run, sleep, spawnDetached, terminate } from './common.mjs';
import { FERRETDB_BIN, buildFerretDB } from './ferretdb-build.mjs';
import postgres from './postgres.mjs';

const port = () => envInt('LINLI_MONGO_PORT', 17017);
const backend = () => {
  const value = process.env.LINLI_FERRETDB_BACKEND || 'postgresql';
  if (!['postgresql', 'sqlite'].includes(value)) throw new Error(`LINLI_FERRETDB_BACKEND must be postgresql or sqlite, not "${value}"`);
  return value;
};
const FERRETDB_DATABASE = 'linli_ferretdb';

/**
 * The PostgreSQL database FerretDB keeps its collections in: `linli_ferretdb` on the server the
 * event store uses (DATABASE_URL when set, else the one infra runs), created when missing. Waits
 * for that server, which `up` starts at the same time.
 */
async function ferretdbDatabaseUrl(deadline) {
  const url = new URL(process.env.DATABASE_URL || postgres.endpoint());
  const { default: pg } = await import('pg');
  for (;;) {
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      const found = await client.query('select 1 from pg_database where datname = $1', [FERRETDB_DATABASE]);
      if (found.rowCount === 0) await client.query(`create database ${FERRETDB_DATABASE}`).catch((err) => {
        if (err.code !== '42P04') throw err; // created meanwhile by another `up`
      });
      url.pathname = `/${FERRETDB_DATABASE}`;
      // FerretDB's own default is 50 connections, and it deadlocks when its operations exhaust them
      // (one holds a connection while it waits for another): well above the services' Mongo pools.
      url.searchParams.set('pool_max_conns', '150');
      return url.toString();
    } catch (err) {
      // 28P01: a freshly initialised server answers before `up` has created the linli role (they start together).
      if (Date.now() > deadline || (err.code && !['57P03', 'ECONNREFUSED', '3D000', '28P01'].includes(err.code))) throw new Error(`FerretDB's PostgreSQL database: ${err.message}`);
      await sleep(500);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
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
    async args(deadline) {
      // Flags as printed by `ferretdb --help` (v1.24.2); the SQLite URL names a directory and ends in '/'.
      const storage = backend() === 'sqlite'
        ? ['--handler=sqlite', `--sqlite-url=file:${ensureDir(this.dataDir)}/`]
        : ['--handler=postgresql', `--postgresql-url=${await ferretdbDatabaseUrl(deadline)}`];
      return [
        FERRETDB_BIN,
        [
          ...storage,
          `--listen-addr=127.0.0.1:${port()}`,
          // A state dir under LINLI_STATE_DIR also marks the process as ours (`infra down` stops only those).
          `--state-dir=${ensureDir(join(this.dataDir, 'state'))}`,
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
    return (await findMongod()) ? `mongod (${mongodPath})` : `FerretDB 1.24 on ${backend() === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  },
  async prepare() {
    if (!(await findMongod())) await buildFerretDB();
  },
  async start({ deadline = Date.now() + 180000 } = {}) {
    const mongod = await findMongod();
    const [cmd, args] = mongod ? servers.mongod.args(mongod) : await servers.ferretdb.args(deadline);
    // Telemetry stays off in every way FerretDB knows: nothing may call out.
    return spawnDetached(cmd, args, { logFile: this.logFile, env: { DO_NOT_TRACK: '1', FERRETDB_TELEMETRY: 'disable' } });
  },
  stop: (pid) => terminate(pid),
};
