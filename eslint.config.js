// One linter for the whole tree. Per-folder rules keep the layering honest:
// `slides/` is the pure deck core (no Electron, React, DOM or node:fs, except its file adapter).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];

// Security gates (issue 7). Fixtures under tests/fixtures/insecure/ get both sets of rules so a test can prove
// they fire; the global `tests/fixtures/**` ignore keeps them out of `eslint .`.
const INSECURE_FIXTURES = 'tests/fixtures/insecure/**/*.{ts,tsx}';
const LISTEN = '/^(on|once|addListener|prependListener)$/';
const REMOTE_URL = '/^\\s*(https?|file):/i';
const ELECTRON_SECURITY_SYNTAX = [
  ...[
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['contextIsolation', true],
    ['sandbox', true],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
  ].map(([name, safe]) => ({
    selector: `Property:matches([key.name='${name}'], [key.value='${name}']):not([value.value=${safe}])`,
    message: `webPreferences.${name} must be the literal ${safe}.`,
  })),
  {
    selector: "Property:matches([key.name='enableBlinkFeatures'], [key.value='enableBlinkFeatures'])",
    message: 'enableBlinkFeatures turns on unreviewed Chromium features: not allowed.',
  },
  {
    selector: `CallExpression[callee.property.name=${LISTEN}][arguments.0.value='new-window']`,
    message: "The 'new-window' event is gone: deny windows with webContents.setWindowOpenHandler.",
  },
  ...[
    `[arguments.0.value=${REMOTE_URL}]`,
    `[arguments.0.type='TemplateLiteral'][arguments.0.quasis.0.value.raw=${REMOTE_URL}]`,
    `[arguments.0.type='BinaryExpression'][arguments.0.left.value=${REMOTE_URL}]`,
  ].map((argument) => ({
    selector: `CallExpression:matches([callee.property.name='loadURL'], [callee.name='loadURL'])${argument}`,
    message: 'Windows load the app:// bundle only, never http(s): or file: URLs.',
  })),
  {
    selector:
      "CallExpression[callee.object.name='shell'][callee.property.name='openExternal']:not([arguments.0.callee.name='vetExternalUrl'])",
    message: 'Call shell.openExternal(vetExternalUrl(url)): only vetted https:/mailto: links leave the app.',
  },
  {
    selector:
      "MemberExpression[object.name='shell'][property.name='openExternal']:not(CallExpression > MemberExpression.callee), VariableDeclarator[init.name='shell'] > ObjectPattern > Property[key.name='openExternal']",
    message: 'Do not pass shell.openExternal around: call shell.openExternal(vetExternalUrl(url)).',
  },
  {
    selector:
      "CallExpression[callee.property.name='appendSwitch'][arguments.0.value=/^(disable-web-security|no-sandbox|ignore-certificate-errors|disable-site-isolation-trials)$/]",
    message: 'This Chromium switch disables a security boundary.',
  },
  {
    selector: "ImportDeclaration[source.value='@electron/remote']",
    message: '@electron/remote hands the renderer the main process: use the IPC contract.',
  },
];
const RENDERER_SECURITY_SYNTAX = [
  {
    selector:
      "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]:not([right.callee.name='sanitizeHtml'])",
    message: 'Assign HTML only through sanitizeHtml(...): innerHTML = sanitizeHtml(html).',
  },
  {
    selector:
      "CallExpression[callee.property.name='insertAdjacentHTML']:not([arguments.1.callee.name='sanitizeHtml'])",
    message: 'insertAdjacentHTML takes only sanitizeHtml(...) output.',
  },
  {
    selector:
      "JSXAttribute[name.name='dangerouslySetInnerHTML']:not(:has(Property[key.name='__html'] > CallExpression.value[callee.name='sanitizeHtml']))",
    message: 'dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }} only.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'document.write bypasses sanitising: build DOM nodes instead.',
  },
];
const NO_EVAL_RULES = { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' };

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
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
            ...NODE_FS.map((name) => ({
              name,
              message: 'slides/ is pure: only slides/fs.ts may touch the file system.',
            })),
            { name: 'electron', message: 'slides/ is pure: no Electron.' },
            { name: 'react', message: 'slides/ is pure: no React.' },
            { name: 'react-dom', message: 'slides/ is pure: no React.' },
            { name: 'dompurify', message: 'slides/ is pure: no DOM libraries.' },
            { name: 'jsdom', message: 'slides/ is pure: no DOM libraries.' },
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'electron/*', '@revealjs/*', 'reveal.js', 'reveal.js/*'],
              message: 'slides/ is pure.',
            },
          ],
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
            ...NODE_FS.map((name) => ({
              name,
              message: 'The renderer talks to the host through renderer/src/host.ts.',
            })),
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
  {
    files: ['electron/**/*.ts'],
    rules: { ...NO_EVAL_RULES, 'no-restricted-syntax': ['error', ...ELECTRON_SECURITY_SYNTAX] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { ...NO_EVAL_RULES, 'no-restricted-syntax': ['error', ...RENDERER_SECURITY_SYNTAX] },
  },
  {
    files: [INSECURE_FIXTURES],
    rules: {
      ...NO_EVAL_RULES,
      'no-restricted-syntax': ['error', ...ELECTRON_SECURITY_SYNTAX, ...RENDERER_SECURITY_SYNTAX],
    },
  },
);
