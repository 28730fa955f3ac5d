// ESLint (flat config): typescript-eslint's recommended rules, two type-aware rules that catch
// promises nobody awaits or handles (an unhandled rejection in the shared extension host is lost;
// the code marks deliberate fire-and-forget with `void`), and the layering rule that keeps
// `vscode` out of the layers that must run (and be unit-tested) in plain Node.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const noVscode = {
  paths: [{ name: 'vscode', message: 'This layer runs in plain Node (unit-tested without VS Code): no vscode import.' }],
};

export default defineConfig(
  { ignores: ['dist/', 'out/', 'dist-vsix/', 'node_modules/', 'bench-results/', '.test-host/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // The display-text sanitiser and the tests of it match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON bodies of the fake API and of the OpenAPI files, whose shapes vary per case.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/api/**/*.ts', 'src/tasks/**/*.ts', 'src/paging/**/*.ts', 'src/runs/**/*.ts', 'src/input/**/*.ts', 'src/search/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noVscode] },
  },
  {
    // The bundler script and the bench's baseline extension are plain CommonJS for Node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node scripts written as ES modules (the contract copier).
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly' } },
  },
);
