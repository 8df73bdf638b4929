// Lint rules for the whole workspace. The Nx module-boundary rule keeps the edges of
// shared/guide/STYLE.md real: domain code stays pure, contexts meet only through contracts.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';

const driverImports = ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', 'pg', '@kurrent/*', 'fastify'];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/.linli', '**/.nx', 'coverage', 'tmp', 'bench-results'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: driverImports },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: driverImports },
            { sourceTag: 'type:read-model', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:adapter'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts'] },
            { sourceTag: 'type:kit', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:kit', 'type:domain'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:read-model', 'type:adapter', 'type:contracts', 'type:kit'] },
            { sourceTag: 'scope:organizations', onlyDependOnLibsWithTags: ['scope:organizations', 'scope:shared'] },
            { sourceTag: 'scope:disputes', onlyDependOnLibsWithTags: ['scope:disputes', 'scope:shared'] },
            { sourceTag: 'scope:property-services', onlyDependOnLibsWithTags: ['scope:property-services', 'scope:shared'] },
            { sourceTag: 'scope:ratings', onlyDependOnLibsWithTags: ['scope:ratings', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // kafkajs gives up on the UNKNOWN_TOPIC_OR_PARTITION a KRaft broker answers for a moment
          // after creating a topic, so tests calling it failed now and then
          selector: "Property[key.name='waitForLeaders'][value.value=true]",
          message: 'use ensureTopics (libs/messaging/src/kafka/topics.ts), which waits for leaders tolerating a new topic\'s brief UNKNOWN_TOPIC_OR_PARTITION',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testing/**/*.ts'],
    rules: {
      // a test that dereferences what it just asserted reads better with `!`
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'focused tests silence the rest of the suite' },
        { object: 'it', property: 'only', message: 'focused tests silence the rest of the suite' },
        { object: 'test', property: 'only', message: 'focused tests silence the rest of the suite' },
      ],
    },
  },
  { ...js.configs.recommended, files: ['**/*.mjs', '**/*.js', '**/*.cjs'] },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', require: 'readonly', module: 'writable' } },
  },
];
