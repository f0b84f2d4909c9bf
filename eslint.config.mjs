import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of the companion (companion-service/src) that a layer may not import from. */
const FLOWS_AND_ABOVE = [
  './sync',
  './admin-api',
  './alerts',
  './config',
  './composition',
  './http',
  './status',
  './mapping',
  './lookups',
];

/**
 * Import boundaries (ADR 0014). Type-only imports count too: a boundary is about what a
 * folder has to know, not only about what runs. Paths are relative to companion-service/src.
 */
const COMPANION_BOUNDARIES = [
  {
    // The platform clients are leaves: they take options and know no flow, screen or setting.
    target: ['./brightpearl/**', './kentico/**'],
    from: FLOWS_AND_ABOVE,
    message: 'A platform client imports no flow, admin, alert or config code: pass it options.',
  },
  {
    // One composition root: only the entry points may build the companion.
    target: ['./!(composition)/**', './!(main|index|composition).ts'],
    from: './composition',
    message: 'Only main.ts and index.ts use the composition root; take what you need as options.',
  },
  {
    target: './config/**',
    from: ['./sync', './admin-api', './composition', './http', './status', './mapping'],
    message: 'Configuration is read by the composition root; it imports no flow or screen.',
  },
  {
    // The store is the bottom layer: only the logger sits below it.
    target: './store/**',
    from: [...FLOWS_AND_ABOVE, './brightpearl', './kentico', './queue', './dead-letters'],
    message: 'The store imports nothing above it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'test-artifacts/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-params': ['error', 3],
      'no-console': 'error',
      // Only the config module may read the environment (DEVELOPERS.md standards).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through the config module.' },
      ],
    },
  },
  {
    // Cycles and boundaries, with TypeScript's own resolution (workspaces by their source).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['*/tsconfig.json', 'kentico-admin-module/Client/tsconfig.json'],
          conditionNames: ['source', 'types', 'import', 'require', 'node', 'default'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['companion-service/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: 'companion-service/src', zones: COMPANION_BOUNDARIES },
      ],
    },
  },
  {
    // The admin API calls the flows; from the store it takes only the Db type.
    files: ['companion-service/src/admin-api/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-harness.ts', '**/test-fakes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store', '**/store/*'],
              allowImportNames: ['Db'],
              message: 'The admin API reaches tables through their flows (the Db type only).',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract every workspace shares depends on none of them.
    files: ['shared-types/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@bpkc/*'], message: 'shared-types imports no other workspace.' }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared-types/**',
              from: ['./companion-service', './sandbox', './test', './kentico-admin-module'],
              message: 'shared-types imports no other workspace.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'companion-service/src/config/**',
      'sandbox/src/config/**',
      'test/**',
      'sandbox/src/demo/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The admin client runs in the Kentico admin (a browser), with React hooks.
    files: ['kentico-admin-module/Client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['sandbox/src/demo/**', 'test/bench/**', 'test/chaos/**'],
    rules: { 'no-console': 'off' },
  },
);
