export * from './roles.js';
export * from './auth-settings.js';
export * from './token-verifier.js';
export * from './dev-keys.js';
export * from './org-tree.js';
export * from './route-matrix.js';
export * from './policy.js';
export * from './rate-window.js';
