import { PermanentFailure } from './handler.js';
import { RetryInterrupted, withRetries } from './retry.js';

const policy = { attempts: 3, backoffMs: 5 };
const noPause = async () => undefined;

describe('retrying a message', () => {
  it('succeeds on a later attempt after transient failures, pausing between tries', async () => {
    let pauses = 0;
    const outcome = await withRetries(policy, async (n) => {
      if (n < 3) throw new Error('connection reset');
    }, new AbortController().signal, async () => void pauses++);
    expect(outcome).toEqual({ ok: true, attempts: 3 });
    expect(pauses).toBe(2);
  });

  it('gives up after the bounded number of attempts with the last error', async () => {
    const outcome = await withRetries(policy, async (n) => {
      throw new Error(`failure ${n}`);
    }, new AbortController().signal, noPause);
    expect(outcome).toMatchObject({ ok: false, attempts: 3, error: new Error('failure 3') });
  });

  it('does not retry a permanent failure', async () => {
    const outcome = await withRetries(policy, async () => {
      throw new PermanentFailure('unknown dispute');
    }, new AbortController().signal, noPause);
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
  });

  it('waits exponentially longer, and stops waiting when the consumer stops', async () => {
    const abort = new AbortController();
    const started = Date.now();
    const run = withRetries({ attempts: 5, backoffMs: 10_000 }, async () => {
      throw new Error('down');
    }, abort.signal, noPause);
    setTimeout(() => abort.abort(), 20);
    await expect(run).rejects.toBeInstanceOf(RetryInterrupted);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('retrying while a dependency is unavailable', () => {
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:15432'), { code: 'ECONNREFUSED' });

  it('uses up no try: it waits for as long as the outage lasts, then applies the message', async () => {
    const heard: unknown[] = [];
    const outcome = await withRetries(policy, async () => {
      if (heard.length < 10) throw refused();
    }, new AbortController().signal, noPause, (error) => heard.push(error));
    expect(outcome).toEqual({ ok: true, attempts: 1 });
    expect(heard).toHaveLength(10);
  });

  it('still gives up on a failure of the message itself after the bounded tries, outages not counted', async () => {
    let n = 0;
    const outcome = await withRetries(policy, async () => {
      n++;
      throw n % 2 === 1 ? refused() : new Error(`bad message ${n}`);
    }, new AbortController().signal, noPause);
    expect(outcome).toMatchObject({ ok: false, attempts: 3, error: new Error('bad message 6') });
  });

  it('stops waiting when the consumer stops', async () => {
    const abort = new AbortController();
    const run = withRetries({ attempts: 3, backoffMs: 5, maxBackoffMs: 10 }, async () => {
      throw refused();
    }, abort.signal, noPause);
    setTimeout(() => abort.abort(), 100);
    await expect(run).rejects.toBeInstanceOf(RetryInterrupted);
  });
});
