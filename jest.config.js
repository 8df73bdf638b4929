// One jest run for the whole workspace (ESM, because NestJS 12 ships as ES modules).
// *.spec.ts are unit tests; *.int-spec.ts and *.e2e-spec.ts talk to the real servers that
// `npm test` starts through tools/infra (see README).
import { readFileSync } from 'node:fs';

const { compilerOptions } = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));
const moduleNameMapper = {
  '^(\\.{1,2}/.*)\\.js$': '$1',
  '^content-disposition$': '<rootDir>/tools/jest/content-disposition.cjs',
};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replaceAll('/', '\\/')}$`] = `<rootDir>/${target}`;
}

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testMatch: ['<rootDir>/apps/**/*.?(int-|e2e-)spec.ts', '<rootDir>/libs/**/*.?(int-|e2e-)spec.ts', '<rootDir>/tools/**/*.?(int-|e2e-)spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['<rootDir>/tools/jest/setup-env.js'],
  testTimeout: 120000,
  maxWorkers: 2,
};
