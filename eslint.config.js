import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/corpus/cases/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'src/core/**',
      'src/engine/**',
      'src/parsers/**',
      'src/rules/**',
      'src/policy/**',
      'src/report/**',
      'src/authorship/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', '@octokit/*'], message: 'The core is pure: only src/github/ talks to GitHub.' },
            { group: ['node:fs', 'fs', 'node:fs/*', 'node:child_process'], message: 'The core does no I/O.' },
          ],
        },
      ],
    },
  },
);
