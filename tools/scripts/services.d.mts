// Types of services.mjs for the TypeScript that reuses it (the demo, the service benchmark).
import type { ChildProcess, StdioOptions } from 'node:child_process';

export interface ServiceEntry {
  readonly name: string;
  readonly port: number;
}
export declare const SERVICES: readonly ServiceEntry[];
export declare function startService(service: ServiceEntry, env: Record<string, string>, stdio?: StdioOptions): ChildProcess;
export declare function waitReady(port: number, timeoutMs: number): Promise<boolean>;
