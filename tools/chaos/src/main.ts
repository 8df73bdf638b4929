// `npm run chaos [-- <scenario…>] [--short] [--keep] [--list]`: starts a private stack (servers in
// .linli/chaos on their own ports, services on 4101–4104), runs the scenarios one after the other under
// load, checks the oracle after each, and exits non-zero if any check failed.
import { catalogue } from '@linli/contracts';
import { deadLetterTopicOf, ensureTopics, topicSpecsFor } from '@linli/messaging';
import { buildLadder, Ledger, OrganizationsClient, type LoadClients } from './load.js';
import { HOTLINE_GROUP, Oracle, RATINGS_GROUP, type Check } from './oracle.js';
import { SCENARIOS, SHORT, type Scenario } from './scenarios.js';
import { authorization, buildServices, infra, say, ServiceProcess } from './stack.js';

interface Outcome {
  readonly scenario: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly load: string;
}

const FLAGS = ['--short', '--keep', '--list', '--reuse'];

function parseArgs(argv: readonly string[]): { scenarios: Scenario[]; keep: boolean; list: boolean; reuse: boolean; short: boolean } {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  for (const flag of flags) if (!FLAGS.includes(flag)) throw new Error(`unknown option ${flag}: use ${FLAGS.join(', ')}`);
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}: one of ${SCENARIOS.map((s) => s.name).join(', ')}`);
  const wanted = names.length > 0 ? names : flags.has('--short') ? SHORT : SCENARIOS.filter((s) => s.name !== 'verify').map((s) => s.name);
  return { scenarios: SCENARIOS.filter((s) => wanted.includes(s.name)), keep: flags.has('--keep'), list: flags.has('--list'), reuse: flags.has('--reuse'), short: flags.has('--short') };
}

const line = (check: Check) => `  ${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`;

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (options.list) {
    for (const s of SCENARIOS) say(`${s.name.padEnd(17)} ${s.summary}${SHORT.includes(s.name) ? ' (short suite)' : ''}`);
    return 0;
  }
  const t0 = Date.now();
  say(`scenarios: ${options.scenarios.map((s) => s.name).join(', ')}`);
  say(`${options.reuse ? 'reusing' : 'wiping and starting'} the chaos servers (PostgreSQL 26532, Kafka 26592, FerretDB 26517; state in .linli/chaos) and building the services into .linli/chaos/build …`);
  if (!options.reuse) await infra.down({ wipe: true });
  try {
    await infra.up();
    await buildServices({ reuse: options.reuse });
  } catch (error) {
    if (!options.keep) await infra.down(); // leave no half-started servers behind
    throw error;
  }
  const services = {
    organizations: new ServiceProcess('organizations'),
    disputes: new ServiceProcess('disputes'),
    property: new ServiceProcess('property-services'),
    ratings: new ServiceProcess('ratings'),
  };
  let oracle: Oracle | undefined;
  const outcomes: Outcome[] = [];
  try {
    oracle = await Oracle.open();
    // Every topic of the contracts catalogue (the 12345 hotline's included: disputes consumes it) and the consumer groups' dead-letter topics.
    await ensureTopics(oracle.admin, [...topicSpecsFor(catalogue), ...[RATINGS_GROUP, HOTLINE_GROUP].map((group) => ({ topic: deadLetterTopicOf(group), partitions: 1 }))]);
    const auth = await authorization(); // creates the key pair before the services race to
    await Promise.all(Object.values(services).map((service) => service.start()));
    say(`stack ready in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${Object.values(services).map((service) => `${service.name} ${service.url}`).join(', ')}`);
    const clients: LoadClients = {
      organizations: new OrganizationsClient(() => services.organizations.url, auth),
      disputes: new OrganizationsClient(() => services.disputes.url, auth),
      property: new OrganizationsClient(() => services.property.url, auth),
    };
    const client = clients.organizations;
    const ratingsClient = new OrganizationsClient(() => services.ratings.url, auth);
    const ledger = new Ledger();
    const committee = await buildLadder(client, ledger, String(Date.now()));
    for (const scenario of options.scenarios) {
      const s0 = Date.now();
      say(`── ${scenario.name}: ${scenario.summary}`);
      const checks: Check[] = [];
      let loadLine = '-';
      try {
        const result = await scenario.run({ services, client, clients, ratingsClient, ledger, committee, oracle, pool: oracle.pool, short: options.short });
        for (const did of result.did) say(`  did: ${did}`);
        if (result.load) {
          loadLine = `${result.load.sent} commands in ${result.load.seconds.toFixed(1)} s (${result.load.perSecond.toFixed(1)}/s)${result.load.retried ? `, ${result.load.retried} retried` : ''}`;
          say(`  load: ${loadLine}`);
        }
        checks.push(...(result.checks ?? []));
        const crashes = Object.values(services).flatMap((service) => service.crashes.splice(0));
        checks.push({ name: 'no service crashed', ok: crashes.length === 0, detail: crashes.length === 0 ? 'every exit was one the scenario caused' : crashes.join('; ') });
        for (const service of Object.values(services)) if (service.pid === undefined) await service.start();
        checks.push(...(await oracle.verify(ledger, result.expect)));
      } catch (error) {
        checks.push({ name: 'scenario ran', ok: false, detail: (error as Error).stack ?? String(error) });
        for (const service of Object.values(services)) if (service.pid === undefined) await service.start().catch(() => undefined);
      }
      for (const check of checks) say(line(check));
      const ok = checks.every((c) => c.ok);
      const seconds = (Date.now() - s0) / 1000;
      say(`  verdict: ${ok ? 'PASS' : 'FAIL'} (${seconds.toFixed(0)} s)`);
      outcomes.push({ scenario: scenario.name, ok, seconds, load: loadLine });
    }
  } finally {
    await Promise.all(Object.values(services).map((s) => s.signal('SIGTERM').catch(() => undefined)));
    await oracle?.close();
    if (!options.keep) await infra.down();
  }
  say('── summary');
  for (const o of outcomes) say(`  ${o.ok ? 'PASS' : 'FAIL'}  ${o.scenario.padEnd(17)} ${o.load.padEnd(40)} ${o.seconds.toFixed(0)} s`);
  const failed = outcomes.filter((o) => !o.ok).length;
  say(`${outcomes.length - failed}/${outcomes.length} scenarios passed in ${((Date.now() - t0) / 1000).toFixed(0)} s${options.keep ? '; the chaos servers keep running (--keep)' : ''}`);
  return failed === 0 && outcomes.length === options.scenarios.length ? 0 : 1;
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// A client library's lingering handle must not hold `npm test` up once the verdict is out.
setTimeout(() => process.exit(code), 5_000).unref();
