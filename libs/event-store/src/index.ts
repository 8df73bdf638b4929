export * from './envelope.js';
export * from './port.js';
export * from './errors.js';
