export { authHeaders, getJson, request, waitUntilReady, type Actor, type Answer, type RequestOptions } from './http.js';
export { inParallel, progress } from './parallel.js';
export { Random, randomFor } from './random.js';
