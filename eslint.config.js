// Flat config: typescript-eslint's type-checked rules, React's hooks rules, the project's
// security rules and the import boundaries between the product's parts and its test tools.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

/** The Excel double and its formula engine: for tests and the browser preview only. */
const testTools = ['@budget-tables/excel-double', '**/packages/excel-double/**', 'hyperformula'];
const nodeBuiltins = ['node:*', 'fs', 'path'];
const ui = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
/** Relative imports of other parts of src (`../../taskpane/…`; a sibling adapter is `../exceljs/…`). */
const parts = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

/** One part's import boundary: the packages and the parts of src its files may not import, and why. */
function boundary(files, why, packages, srcParts, { allowTestTools = false } = {}) {
  const message = `Import boundary: ${why}.`;
  const patterns = [{ group: allowTestTools ? packages : [...packages, ...testTools], message }];
  if (srcParts !== undefined) patterns.push({ regex: srcParts, message });
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-node/', 'out/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Types come from the nearest tsconfig.json (the root's, or packages/excel-double's).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
  },
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
    // Build scripts and configs are plain CommonJS outside the TypeScript projects.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The pure core runs in the add-in and the browser: no Node built-ins, no host libraries, no other part of src.
  boundary(['src/core/**/*.ts'], 'the core is pure', [...nodeBuiltins, 'exceljs', ...ui], parts('adapters', 'taskpane', 'preview', 'cli', 'commands')),
  // Import boundaries. The Excel double (HyperFormula inside, GPL-3.0) is a test tool: the product never imports it.
  boundary(['src/adapters/officejs/**/*.ts'], 'the Office.js adapter runs in the add-in: no Node, no ExcelJS, no UI', [...nodeBuiltins, 'exceljs', 'jszip', ...ui], parts('taskpane', 'preview', 'cli', 'exceljs', 'adapters/exceljs')),
  boundary(['src/adapters/exceljs/**/*.ts'], 'the ExcelJS adapter writes files: no UI, not the Office.js adapter', ui, parts('taskpane', 'preview', 'cli', 'officejs', 'adapters/officejs')),
  boundary(['src/adapters/state/**/*.ts'], 'the stored state serves both adapters: no host library, no UI', [...nodeBuiltins, 'exceljs', ...ui], parts('taskpane', 'preview', 'cli', 'officejs', 'exceljs')),
  boundary(['src/cli/**/*.ts'], 'the CLI is headless', ui, parts('taskpane', 'preview', 'adapters/officejs')),
  boundary(['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'], 'the add-in bundle: no Node, no ExcelJS, not the preview or the CLI', [...nodeBuiltins, 'exceljs'], parts('preview', 'cli', 'adapters/exceljs')),
  // Later than the add-in's boundary, so it replaces it for these files: the same limits, and no UI.
  boundary(['src/taskpane/controllers/**/*.ts'], 'the pane\'s controllers are plain TypeScript, tested without React: no UI library, no components', [...nodeBuiltins, 'exceljs', ...ui], parts('preview', 'cli', 'adapters/exceljs', 'components')),
  boundary(['src/preview/**/*.{ts,tsx}'], 'the preview runs in a browser beside the pane', nodeBuiltins, parts('cli'), { allowTestTools: true }),
  boundary(['packages/excel-double/src/**/*.ts'], 'the double stands in for Excel: it knows nothing of the product', [...nodeBuiltins, 'exceljs', ...ui], parts('src'), { allowTestTools: true }),
);
