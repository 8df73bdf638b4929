import { randomUUID } from 'node:crypto';
import { authHeaders, bootService, waitForStatus, type BootedService } from '@linli/service-kit/testing';
import mongoose from 'mongoose';
import { ratingsServiceWith } from '../../src/ratings.service-definition.js';

/** A JSON answer, read loosely by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A ratings service with read models of its own (a unique collection prefix), no Kafka feed and no relay. */
export interface RatingsUnderTest extends BootedService {
  readonly prefix: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Json; headers: Headers }>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: Json }>;
}

/** `overrides` configure the ratings module; `env` the service kit (limits, CORS…). */
export async function bootRatings(overrides: Record<string, string> = {}, env: Record<string, string> = {}): Promise<RatingsUnderTest> {
  const prefix = `e2e_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const service = await bootService(ratingsServiceWith({ RATINGS_READ_MODEL_PREFIX: prefix, RATINGS_CONSUME: 'false', ...overrides }, { relay: false }), env);
  await waitForStatus(`${service.url}/health/ready`, 200);
  const actor = { ...(await authHeaders({ subject: 'assessor-7' })), 'content-type': 'application/json' };
  return {
    ...service,
    prefix,
    async post(path, body, headers = {}) {
      const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: { ...actor, ...headers }, body: JSON.stringify(body) });
      return { status: response.status, body: await response.json(), headers: response.headers };
    },
    async get(path, headers = {}) {
      const response = await fetch(`${service.url}${path}`, { headers: { ...actor, ...headers } });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await service.close();
      const connection = await mongoose.createConnection(process.env['MONGODB_URI'] ?? '').asPromise();
      for (const { name } of (await connection.db?.listCollections().toArray()) ?? []) if (name.startsWith(prefix)) await connection.dropCollection(name);
      await connection.close();
    },
  };
}
