// Runs a service from its TypeScript sources, no build needed (tests that start a service as a
// process): `node --import ./tools/runtime/source.mjs apps/<app>/src/main.ts`.
import { register } from 'node:module';

register('./source-hooks.mjs', import.meta.url);
