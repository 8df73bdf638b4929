// Lets the services compiled by the chaos suite into .linli/chaos/build import workspace libraries
// by their alias (@linli/…), like tools/runtime/register.mjs does for dist/ (which others rebuild).
import { register } from 'node:module';

register('./alias-hooks.mjs', import.meta.url);
