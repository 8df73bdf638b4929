import { spawnSync } from 'node:child_process';

// The real entry point, run as a process: a malformed disputes setting stops it before anything starts.
function startWith(env: Record<string, string>) {
  return spawnSync('npx', ['tsx', 'apps/disputes/src/main.ts'], { env: { ...process.env, PORT: '39002', ...env }, encoding: 'utf8', timeout: 100_000 });
}

describe('the disputes service started with bad configuration', () => {
  it('exits non-zero naming a calendar with a date that does not exist', () => {
    const result = startWith({ DISPUTES_CALENDAR: '{"holidays":["2026-02-30"],"makeUpWorkdays":[]}' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"variable":"DISPUTES_CALENDAR"');
    expect(result.stderr).toContain('2026-02-30');
  });
});
