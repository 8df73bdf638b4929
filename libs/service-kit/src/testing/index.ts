export * from './boot-service.js';
export * from './service-smoke-suite.js';
