// Lint: strict typed TypeScript, plus the import rules of docs/architecture.md — the renderer reaches
// db/ only through db/api.ts, db/ never imports electron/ or renderer/, electron/ never imports
// renderer/, the contract stays free of Node code, shared/ imports nothing but itself and pure
// packages (no Node, no DOM, no app room), and there are no import cycles.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOM_ONLY = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-*', 'i18next', '@testing-library/*', 'zustand', 'zustand/*'];
const SHARED_FORBIDDEN_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'Buffer', 'process', 'require', 'global', '__dirname', '__filename'];
const NODE_ONLY = ['node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '@node-rs/*', 'electron', 'electron-log*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.native/', 'coverage/', 'db/migrations/', '**/*.cjs', 'db/scripts/', 'build/scripts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.mts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] })],
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './renderer', from: './db', except: ['./api.ts'], message: 'The renderer reaches db/ only through db/api.ts.' },
            { target: './renderer', from: './electron', message: 'The renderer talks to the shell only through window.habeas.' },
            { target: './db', from: './electron', message: 'db/ never imports electron/.' },
            { target: './db', from: './renderer', message: 'db/ never imports renderer/.' },
            { target: './electron', from: './renderer', message: 'electron/ never imports renderer/.' },
            { target: './shared', from: ['./db', './renderer', './electron', './test'], message: 'shared/ holds pure rules: it imports no other room.' },
            {
              target: ['./db/api.ts', './db/contract'],
              from: './db',
              except: ['./api.ts', './contract'],
              message: 'The contract holds schemas and types only: the renderer imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/api.ts', 'db/contract/**/*.ts', 'renderer/src/state/store.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: NODE_ONLY, message: 'No Node or Electron code here: it runs in the window.' }] }],
    },
  },
  {
    // The shared room runs in the backend and in the window alike: neither Node nor the DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'shared/ runs in the window too: no Node or Electron code.' },
            { group: DOM_ONLY, message: 'shared/ runs in the backend too: no DOM or React code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...SHARED_FORBIDDEN_GLOBALS.map((name) => ({ name, message: 'shared/ uses neither Node nor DOM globals.' }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/state/store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'No Node or Electron code here: it runs in the window.' },
            { group: ['zustand', 'zustand/*'], message: 'Make stores through renderer/src/state/store.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Tests poke at results of unknown shape on purpose.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.mts', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Test-only page script standing in for the Electron preload in the browser harness.
    files: ['test/e2e/harness/bridge.js'],
    languageOptions: { globals: globals.browser, parserOptions: { projectService: false } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
