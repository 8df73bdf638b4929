import { spawnSync } from 'node:child_process';

// The real entry point, run as a process: a malformed endpoint stops it before anything starts.
function startWith(env: Record<string, string>) {
  return spawnSync('npx', ['tsx', 'apps/organizations/src/main.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 100_000,
  });
}

describe('a service started with bad configuration', () => {
  it('exits non-zero naming a malformed DATABASE_URL', () => {
    const result = startWith({ DATABASE_URL: 'postgres//missing-colon', PORT: '39001' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).toMatch(/must be a URL/);
  });

  it('exits non-zero naming a malformed KAFKA_BROKERS', () => {
    const result = startWith({ KAFKA_BROKERS: 'broker-without-port', PORT: '39001' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KAFKA_BROKERS');
  });
});
