import { existsSync, readFileSync } from 'node:fs';

// The CLI talks to the same servers as the services: the environment first, then the endpoints
// that `npm run infra:up` wrote for a local stack.
const LOCAL = new URL('../../../.linli/endpoints.json', import.meta.url);

function endpoint(name: string): string {
  const fromEnv = process.env[name];
  if (fromEnv) return fromEnv;
  if (existsSync(LOCAL)) {
    const value = (JSON.parse(readFileSync(LOCAL, 'utf8')) as Record<string, string>)[name];
    if (value) return value;
  }
  throw new Error(`${name} is not set (and no local stack from npm run infra:up was found)`);
}

export const databaseUrl = () => endpoint('DATABASE_URL');
export const kafkaBrokers = () => endpoint('KAFKA_BROKERS').split(',');
export const mongodbUri = () => endpoint('MONGODB_URI');
