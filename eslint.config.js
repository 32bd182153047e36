import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['drafts', 'import', 'export', 'checks', 'library', 'sidebar', 'quick-insert'];
const frontMessage = 'A front calls electron/services/ (the use cases), not electron/library/.';
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run without Node: keep disk and OS access in electron/.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The renderer's floors, top to bottom: the shell (App, Toolbar, StatusBar) alone imports everything;
  // the features (drafts, import, export, checks, library, sidebar, quick-insert) stand on the editor;
  // the editor on the kit (bridge, dialogs, hooks, notices, the keymap, date formats); the kit on shared/.
  ...[
    { files: ['renderer/**/*.{ts,tsx}'], above: [] },
    { files: features.map((f) => `renderer/${f}/**/*.{ts,tsx}`), above: ['shell'] },
    { files: ['renderer/editor/**/*.{ts,tsx}'], above: ['shell', ...features] },
    { files: ['renderer/kit/**/*.{ts,tsx}'], above: ['shell', 'editor', ...features] },
  ].map(({ files, above }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the main process only through window.wengao (renderer/kit/bridge.ts).' },
            { name: 'better-sqlite3', message: 'The database lives behind the main process.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '../electron', '../../electron'], message: 'renderer/ never imports electron/.' },
            ...(above.length > 0
              ? [{ regex: `^(\\.\\./)+(${above.join('|')})/`, message: `A floor of the renderer imports only the floors below it (here not ${above.join(', ')}).` }]
              : []),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcRenderer']", message: 'Never use ipcRenderer in the renderer; call the typed bridge.' },
      ],
    },
  })),
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'react', 'react-dom', 'lexical'],
          patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is pure domain code.' }],
        },
      ],
    },
  },
  {
    // The fronts (the desktop app's composition root, web mode, the CLI) call the application layer,
    // electron/services/, never the library below it. Benchmarks measure the library itself.
    files: ['electron/main.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: ['electron/cli/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/library/*', '**/library'], message: frontMessage }] },
      ],
      // The CLI loads each command's code when it runs: dynamic imports obey the same floor.
      'no-restricted-syntax': ['error', { selector: 'ImportExpression[source.value=/(^|\\/)library(\\/|$)/]', message: frontMessage }],
    },
  },
);
