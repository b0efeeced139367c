// Lint rules, including the import boundaries of ../shared/HOUSE-STYLE.md:
// renderer/ and shared/ never reach Node or Electron; only the Electron host files import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeAndElectron = [
  { name: 'electron', message: 'Only the Electron host files may import electron.' },
  { name: 'electron-store', message: 'Machine settings live in the Electron host only.' },
];
const nodePatterns = [
  { group: ['node:*'], message: 'No Node modules here: this code runs in the renderer too.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**', 'shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeAndElectron,
          patterns: [
            ...nodePatterns,
            { group: ['**/electron/**'], message: 'Talk to the backend through the API only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeAndElectron, { name: 'react', message: 'shared/ is plain TypeScript.' }],
          patterns: [
            ...nodePatterns,
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ stands alone.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**'],
    ignores: [
      'electron/main.ts',
      'electron/preload.ts',
      'electron/ipc.ts',
      'electron/security.ts',
      'electron/settings.ts',
      'electron/menu.ts',
      'electron/print-window.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeAndElectron }],
    },
  },
);
