// Integration tests find the servers that tools/infra started (or that the environment names).
import { readFileSync, existsSync } from 'node:fs';

const envFile = new URL('../../.linli/endpoints.json', import.meta.url);
if (existsSync(envFile)) {
  const endpoints = JSON.parse(readFileSync(envFile, 'utf8'));
  for (const [name, value] of Object.entries(endpoints)) process.env[name] ??= value;
}
process.env.LOG_LEVEL ??= 'silent';
