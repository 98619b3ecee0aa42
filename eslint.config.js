// Flat config: typescript-eslint's recommended rules, React's hooks rules, the project's
// security rules and the import boundaries between the product's parts and its test tools.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

/** The Excel double and its formula engine: for tests and the browser preview only. */
const testTools = ['@budget-tables/excel-double', '**/packages/excel-double/**', 'hyperformula'];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-node/', 'out/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // React's two hooks rules (the React Compiler's rules in the plugin's preset are not adopted).
    files: ['**/*.tsx', 'src/taskpane/**/*.ts', 'src/preview/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pure core runs in the add-in and the browser: no Node built-ins, no host libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '@fluentui/*', ...testTools] }],
    },
  },
  {
    // The Excel double (HyperFormula inside, GPL-3.0) is a test tool: the product never imports it.
    files: ['src/adapters/**/*.ts', 'src/cli/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: testTools }] },
  },
);
