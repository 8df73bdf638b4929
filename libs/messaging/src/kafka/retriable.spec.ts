import { retryingRetriable } from './retriable.js';

const protocolError = (type: string, retriable: boolean) => Object.assign(new Error(type), { type, retriable });

describe('retrying a Kafka admin operation', () => {
  it('given a coordinator that is still loading, when the operation is retried, then the first answer after it settles comes back', async () => {
    let calls = 0;
    const answer = await retryingRetriable(async () => {
      calls += 1;
      if (calls < 3) throw protocolError('NOT_COORDINATOR', true);
      return 'offsets';
    });
    expect(answer).toBe('offsets');
    expect(calls).toBe(3);
  });

  it('given an error kafkajs marks not retriable, when it happens, then it is thrown at once', async () => {
    let calls = 0;
    const failing = retryingRetriable(async () => {
      calls += 1;
      throw protocolError('GROUP_AUTHORIZATION_FAILED', false);
    });
    await expect(failing).rejects.toThrow('GROUP_AUTHORIZATION_FAILED');
    expect(calls).toBe(1);
  });

  it('given a retriable error that persists, when the time is up, then the last error is thrown', async () => {
    let calls = 0;
    const failing = retryingRetriable(async () => {
      calls += 1;
      throw protocolError('COORDINATOR_NOT_AVAILABLE', true);
    }, 250);
    await expect(failing).rejects.toThrow('COORDINATOR_NOT_AVAILABLE');
    expect(calls).toBeGreaterThan(1);
  });
});
