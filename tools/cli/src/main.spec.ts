import { parseArgs } from './command.js';
import { main, type Io } from './main.js';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('the linli command line', () => {
  it('reads positionals and the three flag forms', () => {
    expect(parseArgs(['audit', 'verify', '--from', '10', '--to=20', '--json'])).toEqual({
      positional: ['audit', 'verify'],
      flags: { from: '10', to: '20', json: true },
    });
  });

  it('answers an unknown command with usage and exit code 2', async () => {
    const io = capture();
    expect(await main(['no-such', 'command'], io)).toBe(2);
    expect(io.err).toContain('unknown command "no-such command"');
  });

  it('prints help with the exit codes and returns 0 when asked', async () => {
    const io = capture();
    expect(await main(['help'], io)).toBe(0);
    expect(io.out).toMatch(/Exit codes: 0 success/);
  });

  it('prints a command result as JSON with --json', async () => {
    const io = capture();
    expect(await main(['events', 'head', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ head: expect.stringMatching(/^\d+$/) });
  });
});
