#!/usr/bin/env node
// `linli`: the operators' and auditors' command line (an npm bin of the workspace: `npx linli …`).
// The commands are TypeScript run through tsx, so the CLI always matches the source it ships with.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./src/main.ts');
process.exitCode = await main(process.argv.slice(2));
