// The chaos suite's own stack: PostgreSQL, Kafka and FerretDB started by tools/infra in a separate
// state directory (.linli/chaos) on other ports, and the services built into .linli/chaos/build and
// run as child processes on ports 4101–4104. Nothing here touches the servers or services others use.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEV_ROOT_UNIT, ensureDevKeyPair, signDevToken } from '@linli/security';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const STATE_DIR = join(ROOT, '.linli', 'chaos');
export const BUILD_DIR = join(STATE_DIR, 'build');
export const LOG_DIR = join(STATE_DIR, 'logs');

// Below Linux's ephemeral range (32768–60999 here): a server restarted mid-scenario must not find
// its port taken as the local port of some client's outgoing connection ("Address already in use").
export const PORTS = { postgres: 26532, kafka: 26592, kafkaController: 26593, mongodb: 26517 } as const;

export const ENDPOINTS = {
  DATABASE_URL: `postgres://linli:linli@127.0.0.1:${PORTS.postgres}/linli`,
  KAFKA_BROKERS: `127.0.0.1:${PORTS.kafka}`,
  MONGODB_URI: `mongodb://127.0.0.1:${PORTS.mongodb}/linli`,
} as const;

/** What tools/infra needs to start a second, independent set of servers. */
const INFRA_ENV = {
  LINLI_STATE_DIR: STATE_DIR,
  LINLI_PG_PORT: String(PORTS.postgres),
  LINLI_KAFKA_PORT: String(PORTS.kafka),
  LINLI_KAFKA_CONTROLLER_PORT: String(PORTS.kafkaController),
  LINLI_MONGO_PORT: String(PORTS.mongodb),
  LINLI_INFRA: 'native',
};

/** The services trust a dev key pair of the chaos stack's own (AUTH_MODE=dev), follow no org tree, and do not rate-limit the load. */
export const AUTH_ENV = {
  AUTH_MODE: 'dev',
  AUTH_DEV_KEY_DIR: join(STATE_DIR, 'auth'),
  AUTH_TREE_FEED: 'off',
  RATE_LIMIT_PER_IP: '1000000',
  RATE_LIMIT_PER_CLIENT: '1000000',
} as const;

/** `Authorization` for the load: a county administrator at the root, signed with the chaos key pair. */
export async function authorization(): Promise<Record<string, string>> {
  const pair = await ensureDevKeyPair(AUTH_ENV.AUTH_DEV_KEY_DIR);
  return { authorization: `Bearer ${await signDevToken(pair.privateKeyPem, { subject: 'chaos-load', role: 'county_admin', unitId: DEV_ROOT_UNIT, ttlSeconds: 6 * 3600 })}` };
}

export type ServiceName = 'organizations' | 'disputes' | 'property-services' | 'ratings';
export const SERVICE_PORTS: Readonly<Record<ServiceName, number>> = { organizations: 4101, disputes: 4102, 'property-services': 4103, ratings: 4104 };

/** Each service's own settings in the chaos stack: disputes consumes the 12345 hotline topic (created by main.ts, no tickets sent) and runs its deadline scheduler. */
const SERVICE_ENV: Readonly<Record<ServiceName, Record<string, string>>> = {
  organizations: {},
  disputes: { DISPUTES_HOTLINE: 'on', DISPUTES_SCHEDULER: 'on' },
  'property-services': {},
  ratings: {},
};

export const say = (message: string): void => void process.stdout.write(`[chaos] ${message}\n`);

/** The environment of a child: ours minus any endpoint of the shared servers (a child must never reach those). */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(DATABASE_URL|KAFKA_BROKERS|MONGODB_URI|PORT|HOST|LINLI_INFRA|LINLI_STATE_DIR|AUTH_.*|RATE_LIMIT_.*)$/.test(name)) delete env[name];
  return { ...env, ...extra };
}

function runToEnd(command: string, args: readonly string[], env: Record<string, string>, logName: string): Promise<number> {
  mkdirSync(LOG_DIR, { recursive: true });
  const fd = openSync(join(LOG_DIR, logName), 'a');
  const child = spawn(command, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return new Promise((resolveRun, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

function tailOf(logName: string, lines = 15): string {
  const file = join(LOG_DIR, logName);
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}

export type InfraComponent = 'postgres' | 'kafka' | 'mongodb';

/** tools/infra against the chaos state directory: `up` is idempotent and waits until every server answers. */
export const infra = {
  async up(): Promise<void> {
    const code = await runToEnd(process.execPath, ['tools/infra/infra.mjs', 'up'], INFRA_ENV, 'infra.log');
    if (code !== 0) throw new Error(`infra up (chaos state dir) failed with exit ${code}:\n${tailOf('infra.log')}`);
  },
  /** Stops our servers (their pids are in .linli/chaos only); `wipe` also deletes their data. */
  async down({ wipe = false } = {}): Promise<void> {
    await runToEnd(process.execPath, ['tools/infra/infra.mjs', 'down', ...(wipe ? ['--wipe'] : [])], INFRA_ENV, 'infra.log');
  },
  /** The pid of one of our servers (never one of the shared servers: the pid files live under .linli/chaos). */
  pid(component: InfraComponent): number | null {
    const file = component === 'postgres' ? join(STATE_DIR, 'data', 'postgres', 'postmaster.pid') : join(STATE_DIR, 'run', `${component}.pid`);
    if (!existsSync(file)) return null;
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
    const commandLine = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    return commandLine.includes(`${STATE_DIR}/`) ? pid : null;
  },
};

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends `signal`, waits up to graceMs for the process to go, then SIGKILLs it. Returns how it ended. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<'exited' | 'killed'> {
  if (!alive(pid)) return 'exited';
  process.kill(pid, signal);
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; await sleep(100)) if (!alive(pid)) return 'exited';
  process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(50);
  return 'killed';
}

/** Compiles apps and libs into .linli/chaos/build (dist/ belongs to `npm start`; others rebuild it any time). */
export async function buildServices({ reuse = false } = {}): Promise<void> {
  if (reuse && Object.keys(SERVICE_PORTS).every((name) => existsSync(entryOf(name as ServiceName)))) return;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  // Type errors elsewhere in a busy tree do not stop the emit; what matters is that the entry points exist.
  await runToEnd(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR, '--tsBuildInfoFile', join(BUILD_DIR, '.tsbuildinfo')], {}, 'build.log');
  for (const name of Object.keys(SERVICE_PORTS)) {
    if (!existsSync(entryOf(name as ServiceName))) throw new Error(`the build did not produce ${entryOf(name as ServiceName)}:\n${tailOf('build.log')}`);
  }
}

const entryOf = (name: ServiceName) => join(BUILD_DIR, 'apps', name, 'src', 'main.js');

/** One service process of the chaos stack. */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private expectingExit = false;
  /** Exits nobody asked for (a crash), with their exit code or signal. */
  readonly crashes: string[] = [];
  readonly port: number;

  constructor(
    readonly name: ServiceName,
    private readonly extraEnv: Record<string, string> = {},
    port?: number,
  ) {
    this.port = port ?? SERVICE_PORTS[name];
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  async start(timeoutMs = 120_000): Promise<void> {
    if (this.pid !== undefined) return;
    mkdirSync(LOG_DIR, { recursive: true });
    const fd = openSync(join(LOG_DIR, `${this.name}-${this.port}.log`), 'a');
    this.child = spawn(process.execPath, ['--enable-source-maps', '--import', './tools/chaos/runtime/register.mjs', entryOf(this.name)], {
      cwd: ROOT,
      stdio: ['ignore', fd, fd],
      env: childEnv({ ...ENDPOINTS, ...AUTH_ENV, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_TIMEOUT_MS: '5000', ...SERVICE_ENV[this.name], ...this.extraEnv }),
    });
    closeSync(fd);
    this.expectingExit = false;
    const child = this.child;
    child.once('exit', (code, signal) => {
      if (!this.expectingExit) this.crashes.push(`${this.name} (pid ${child.pid}) exited by itself with ${signal ?? `code ${code}`} at ${new Date().toISOString()}`);
    });
    if (!(await this.waitReady(timeoutMs))) throw new Error(`${this.name} on ${this.port} was not ready within ${timeoutMs} ms:\n${tailOf(`${this.name}-${this.port}.log`)}`);
  }

  async waitReady(timeoutMs: number): Promise<boolean> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(500)) {
      if (this.pid === undefined) return false;
      try {
        const response = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
        if (response.status === 200) return true;
      } catch {
        // not listening yet
      }
    }
    return false;
  }

  /** Sends a signal; for SIGKILL/SIGTERM waits until the process is gone. */
  async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || this.pid === undefined) return;
    if (signal === 'SIGKILL' || signal === 'SIGTERM') this.expectingExit = true;
    const gone = new Promise<void>((resolveGone) => child.once('exit', () => resolveGone()));
    child.kill(signal);
    if (signal === 'SIGKILL') await gone;
    if (signal === 'SIGTERM') {
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
    }
  }
}
