export * from './security-config.js';
export * from './security-runtime.js';
export * from './access.guard.js';
export * from './access-audit.js';
export * from './principal.js';
export * from './security.module.js';
