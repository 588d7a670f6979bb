// One linter for the whole tree. Per-folder rules keep the layering honest:
// `slides/` is the pure deck core (no Electron, React, DOM or node:fs, except its file adapter).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['slides/**/*.ts'],
    ignores: ['slides/fs.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_FS.map((name) => ({ name, message: 'slides/ is pure: only slides/fs.ts may touch the file system.' })),
            { name: 'electron', message: 'slides/ is pure: no Electron.' },
            { name: 'react', message: 'slides/ is pure: no React.' },
            { name: 'react-dom', message: 'slides/ is pure: no React.' },
            { name: 'dompurify', message: 'slides/ is pure: no DOM libraries.' },
            { name: 'jsdom', message: 'slides/ is pure: no DOM libraries.' },
          ],
          patterns: [{ group: ['react/*', 'react-dom/*', 'electron/*', '@revealjs/*', 'reveal.js', 'reveal.js/*'], message: 'slides/ is pure.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'DOMParser'].map((name) => ({
          name,
          message: 'slides/ is pure: no DOM.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_FS.map((name) => ({ name, message: 'The renderer talks to the host through renderer/src/host.ts.' })),
            { name: 'electron', message: 'The renderer talks to the host through renderer/src/host.ts.' },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
