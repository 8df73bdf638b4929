// Lets compiled apps in dist/ import workspace libraries by their alias (@linli/…):
// `node --import ./tools/runtime/register.mjs dist/apps/<app>/src/main.js`.
import { register } from 'node:module';

register('./alias-hooks.mjs', import.meta.url);
