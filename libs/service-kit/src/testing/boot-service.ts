import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, type ServiceDefinition } from '../bootstrap.js';
import { parseServiceConfig } from '../config/parse-config.js';
import { testSecurityConfig } from './test-tokens.js';
import { Module } from '@nestjs/common';
import { asyncApiDocument } from '../http/asyncapi.js';

/** A service booted on a free port against the servers named in the environment (e2e tests). */
export interface BootedService {
  readonly app: NestFastifyApplication;
  readonly url: string;
  close(): Promise<void>;
}

export async function bootService(definition: ServiceDefinition, env: Record<string, string> = {}): Promise<BootedService> {
  const config = parseServiceConfig({ ...process.env, HOST: '127.0.0.1', ...env }, definition);
  // Trusts the test key pair: requests carry `authHeaders()` (see test-tokens.ts).
  const app = await createServiceApp(definition, { ...config, port: 0 }, await testSecurityConfig({ ...process.env, ...env }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Polls a URL until it answers the wanted status (readiness settles once connections are up). */
export async function waitForStatus(url: string, status: number, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last: Response | undefined;
  while (Date.now() < deadline) {
    last = await fetch(url);
    if (last.status === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} answered ${last?.status} instead of ${status} within ${timeoutMs} ms: ${await last?.text()}`);
}

@Module({})
class EmptyModule {}

/**
 * A minimal service for tests of the kit itself (health, start-up, tracing, dead letters): the
 * kit's own endpoints around `module` (default: nothing), with placeholder docs.
 */
export function probeServiceDefinition(name: string, overrides: Partial<ServiceDefinition> = {}): ServiceDefinition {
  return { name, defaultPort: 3999, module: EmptyModule, docs: { title: name, description: name, version: '0', asyncApi: () => asyncApiDocument(name, '0', name) }, ...overrides };
}
