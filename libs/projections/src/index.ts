export * from './projection.js';
export * from './positions.js';
export * from './mongo-projection-writer.js';
export * from './checkpoints.js';
export * from './event-store-runner.js';
