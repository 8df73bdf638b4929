// Project-local PostgreSQL 15 cluster in .linli/data/postgres (Debian binaries), on 127.0.0.1 only.
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRS, envInt, ensureDir, isRoot, log, ownedPid, run, terminate } from './common.mjs';

const BIN = process.env.LINLI_PG_BINDIR ?? '/usr/lib/postgresql/15/bin';
const PGDATA = join(DIRS.data, 'postgres');
const SUPERUSER = { user: 'postgres', password: 'postgres' };
const port = () => envInt('LINLI_PG_PORT', 15432);

// initdb refuses to run as root: as root every server-side command runs as the `postgres` OS user.
const asPostgres = (cmd, args, opts) =>
  isRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args], opts) : run(join(BIN, cmd), args, opts);
const chownToPostgres = (path) => (isRoot ? run('chown', ['-R', 'postgres:postgres', path]) : Promise.resolve());

async function install() {
  if (existsSync(join(BIN, 'postgres'))) return;
  if (!isRoot) throw new Error(`no PostgreSQL 15 at ${BIN}: run \`sudo apt-get install -y postgresql-15\` (or set LINLI_PG_BINDIR)`);
  log('postgres: installing postgresql-15 with apt-get …');
  await run('apt-get', ['update'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  await run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql-15'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

async function initCluster() {
  if (existsSync(join(PGDATA, 'PG_VERSION'))) return;
  log(`postgres: initdb into ${PGDATA} …`);
  rmSync(PGDATA, { recursive: true, force: true });
  ensureDir(PGDATA);
  await chownToPostgres(PGDATA);
  // The superuser's password travels through a file that lives only for the duration of initdb.
  const pwfile = join(ensureDir(DIRS.run), 'postgres.pwfile'); // initdb wants an empty data directory
  writeFileSync(pwfile, `${SUPERUSER.password}\n`, { mode: 0o600 });
  await chownToPostgres(pwfile);
  await asPostgres('initdb', ['-D', PGDATA, '-U', SUPERUSER.user, `--pwfile=${pwfile}`, '--auth-host=scram-sha-256', '--auth-local=peer', '-E', 'UTF8', '--locale=C.UTF-8']);
  rmSync(pwfile, { force: true });
  appendFileSync(join(PGDATA, 'postgresql.conf'), "\n# settings of tools/infra, rewritten on every start\ninclude_if_exists = 'linli.conf'\n");
}

function writeSettings() {
  // Durability stays on (fsync, synchronous_commit): tests must see what production sees.
  const settings = {
    listen_addresses: "'127.0.0.1'",
    port: port(),
    unix_socket_directories: "''",
    max_connections: 400, // FerretDB's pool (150) beside the services' and the tests' pools
    fsync: 'on',
    synchronous_commit: 'on',
    full_page_writes: 'on',
    logging_collector: 'off',
  };
  writeFileSync(join(PGDATA, 'linli.conf'), Object.entries(settings).map(([k, v]) => `${k} = ${v}\n`).join(''));
}

async function bootstrap() {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: '127.0.0.1', port: port(), database: 'postgres', ...SUPERUSER });
  await client.connect();
  try {
    const role = await client.query("select 1 from pg_roles where rolname = 'linli'");
    if (role.rowCount === 0) await client.query("create role linli login createdb password 'linli'");
    const db = await client.query("select 1 from pg_database where datname = 'linli'");
    if (db.rowCount === 0) await client.query('create database linli owner linli');
  } finally {
    await client.end();
  }
}

export default {
  name: 'postgres',
  envVar: 'DATABASE_URL',
  dataDirs: [PGDATA],
  logFile: join(DIRS.logs, 'postgres.log'),
  describe: async () => `PostgreSQL 15 (cluster in ${PGDATA})`,
  port,
  portEnv: 'LINLI_PG_PORT',
  endpoint: () => `postgres://linli:linli@127.0.0.1:${port()}/linli`,
  async pid() {
    const file = join(PGDATA, 'postmaster.pid');
    return existsSync(file) ? ownedPid(Number.parseInt(readFileSync(file, 'utf8').split('\n')[0], 10)) : null;
  },
  // Our cluster runs but rejects linli: an earlier start died between pg_ctl and creating the role.
  heal: () => bootstrap().catch(() => {}),
  async prepare() {
    await install();
    await initCluster();
  },
  async start({ deadline }) {
    writeSettings();
    ensureDir(DIRS.logs);
    appendFileSync(this.logFile, '');
    await chownToPostgres(this.logFile);
    const secs = Math.max(5, Math.ceil((deadline - Date.now()) / 1000));
    await asPostgres('pg_ctl', ['start', '-D', PGDATA, '-l', this.logFile, '-w', '-t', String(secs), '-s']);
    await bootstrap();
    return this.pid();
  },
  async stop(pid) {
    const res = await asPostgres('pg_ctl', ['stop', '-D', PGDATA, '-m', 'fast', '-w', '-t', '20', '-s'], { check: false });
    if (res.code !== 0) {
      log(`postgres: pg_ctl stop failed (${res.out.trim()}), signalling pid ${pid}`);
      await terminate(pid);
    }
  },
};
