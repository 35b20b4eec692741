import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/bundle/**',
      'packages/vscode/build/**',
      '**/node_modules/**',
      '**/*.generated.ts',
      'packages/core/src/schemas-precompiled.ts',
      'packages/lexicon/src/data/**',
      'coverage/**',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Node scripts and benchmarks (plain ESM JavaScript).
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    // core, arabic and lexicon run in browsers: no Node-only modules
    files: [
      'packages/core/src/**/*.ts',
      'packages/arabic/src/**/*.ts',
      'packages/lexicon/src/**/*.ts',
      'rules/*/src/**/*.ts',
    ],
    ignores: ['rules/a11y/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url'],
              message: 'core, arabic, lexicon and the text rule packs must stay pure (they run in the browser).',
            },
          ],
        },
      ],
    },
  },
);
