import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure layers: no I/O and no editor or LSP transport.
const purePatterns = [
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'worker_threads'], message: 'The pure layers do no I/O: read files in server/src/node/.' },
  { group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'], message: 'Only server.ts speaks the LSP transport; use vscode-languageserver-types here.' },
  { group: ['vscode-languageserver-textdocument'], allowTypeImports: true, message: 'Types only: the document implementation belongs to server.ts.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', setImmediate: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure layers: no I/O and no editor or LSP transport, so the CLI, the server and the tests share them.
    files: ['server/src/text/**/*.ts', 'server/src/letter/**/*.ts', 'server/src/catalog/**/*.ts', 'server/src/citations/**/*.ts', 'server/src/rules/**/*.ts', 'server/src/service/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: purePatterns }],
    },
  },
  {
    // The letter model is read from text alone: the catalog's names come in one layer up (citations/, rules/).
    files: ['server/src/letter/**/*.ts', 'server/src/text/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          ...purePatterns,
          { group: ['../catalog', '../catalog/*', '../citations', '../citations/*', '../rules', '../rules/*', '../service', '../service/*'], message: 'letter/ and text/ read text alone: no catalog, citations, rules or providers.' },
        ],
      }],
    },
  },
);
