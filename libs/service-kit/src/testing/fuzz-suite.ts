import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ServiceDefinition } from '../bootstrap.js';
import { bootService, waitForStatus, type BootedService } from './boot-service.js';
import { testToken } from './test-tokens.js';

interface FuzzTool {
  ensureSchemathesis(): string;
  fuzzArguments(baseUrl: string, token: string, options: { maxExamples: number; maxTime: number; seed: number; phases: string }): string[];
}

/**
 * A short OpenAPI-driven fuzz run (schemathesis, tools/security/fuzz.mjs) against a booted service
 * with a county administrator's token: no 5xx, and every response as its OpenAPI document says.
 */
export function fuzzSuite(definition: ServiceDefinition, boot: (env: Record<string, string>) => Promise<BootedService> = (env) => bootService(definition, env)): void {
  describe(`fuzzing the ${definition.name} service from its OpenAPI document`, () => {
    let service: BootedService;
    let tool: FuzzTool;
    let bin: string;
    beforeAll(async () => {
      tool = (await import(join(process.cwd(), 'tools/security/fuzz.mjs'))) as FuzzTool;
      bin = tool.ensureSchemathesis();
      service = await boot({});
      await waitForStatus(`${service.url}/health/ready`, 200);
    }, 600_000);
    afterAll(() => service?.close());

    it('answers generated requests with no 5xx and only documented responses', async () => {
      const args = tool.fuzzArguments(service.url, await testToken({ subject: 'fuzz' }), { maxExamples: 3, maxTime: 90, seed: 42, phases: 'examples,fuzzing' });
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(bin, args, { env: { ...process.env, NO_COLOR: '1' } });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (exit) => resolve({ code: exit, output }));
      });
      expect({ code, failures: code === 0 ? '' : output.slice(-6000) }).toEqual({ code: 0, failures: '' });
    }, 300_000);
  });
}
