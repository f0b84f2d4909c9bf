import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
