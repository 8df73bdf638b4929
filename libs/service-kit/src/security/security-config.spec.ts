import { devAuthEnvironment, generateDevKeyPair } from '@linli/security';
import { ConfigError } from '../config/service-config.js';
import { parseSecurityConfig } from './security-config.js';

const withKey = async (env: Record<string, string>) => ({ ...devAuthEnvironment(await generateDevKeyPair()), ...env });

async function errorFor(env: Record<string, string>): Promise<ConfigError> {
  const error = await parseSecurityConfig(await withKey(env)).catch((caught: unknown) => caught);
  if (error instanceof ConfigError) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

describe('the organisation tree feed settings', () => {
  it('follows linli.organizations.v1 by default', async () => {
    expect(await parseSecurityConfig(await withKey({}))).toMatchObject({ treeFeed: true, treeTopic: 'linli.organizations.v1' });
  });

  it('follows another topic when AUTH_TREE_TOPIC names one, and none with AUTH_TREE_FEED=off', async () => {
    expect(await parseSecurityConfig(await withKey({ AUTH_TREE_TOPIC: 'linli.organizations.v1.tree-1a2b' }))).toMatchObject({ treeFeed: true, treeTopic: 'linli.organizations.v1.tree-1a2b' });
    expect((await parseSecurityConfig(await withKey({ AUTH_TREE_FEED: 'off' }))).treeFeed).toBe(false);
  });

  it('refuses a feed mode other than kafka or off, naming AUTH_TREE_FEED', async () => {
    expect(await errorFor({ AUTH_TREE_FEED: 'yes' })).toMatchObject({ variable: 'AUTH_TREE_FEED', message: expect.stringContaining('must be kafka or off') });
  });

  it('refuses a topic Kafka would not accept, naming AUTH_TREE_TOPIC', async () => {
    expect(await errorFor({ AUTH_TREE_TOPIC: 'org tree' })).toMatchObject({ variable: 'AUTH_TREE_TOPIC', message: expect.stringContaining('Kafka topic name') });
  });
});
