// ESLint (flat config): typescript-eslint's recommended rules on src/, __tests__/, bench/ and scripts/,
// with formatting left to Prettier (eslint-config-prettier turns off the rules that would clash).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'src/generated/**', 'node_modules/**', 'coverage/**', 'examples/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
      'no-new-func': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '!./*'], message: 'src/core/ is the pure core: it imports nothing from outside src/core/.' },
            { group: ['node:*', 'fs', 'path', 'child_process', '@actions/*', '@octokit/*'], message: 'src/core/ does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/rules/**/*.ts', 'src/core/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'src/core/ is the pure core: it imports nothing from outside src/core/.' },
            { group: ['node:*', '@actions/*', '@octokit/*'], message: 'src/core/ does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/github/**/*.ts', 'src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../render/*'],
              message: 'GitHub adapters and sources do not import the renderer: pass them rendered text or plain data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Published coefficients (Cody 1969, Wichura AS 241) are written with all the digits the
    // sources give; a double keeps what it can.
    files: ['src/core/stats/normal.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
