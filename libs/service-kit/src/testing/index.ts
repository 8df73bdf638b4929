export * from './boot-service.js';
export * from './service-smoke-suite.js';
export * from './test-tokens.js';
export * from './security-suite.js';
export * from './fuzz-suite.js';
export * from './bola.js';
