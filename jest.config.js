/**
 * Three suites: fast unit tests, LibreOffice interoperability, and headless-Chromium end to end.
 * ts-jest only transpiles (isolatedModules); `npm run typecheck` does the type checking once.
 */
const transform = { '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: { isolatedModules: true, jsx: 'react-jsx', allowJs: true, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, target: 'es2022' } }] };
// office-addin-manifest pulls in ESM-only strip-bom and uuid; let ts-jest turn them into CommonJS.
// The Excel double is a workspace package whose entry is TypeScript source: map its name there.
const moduleNameMapper = { '^@budget-tables/excel-double$': '<rootDir>/packages/excel-double/src/index.ts' };
const base = { transform, transformIgnorePatterns: ['/node_modules/(?!(.*/)?(strip-bom|uuid)/)'], moduleNameMapper, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
module.exports = {
  // A limit against hangs, not a performance check (those live in npm run bench): CI's 2 cores run suites side by side.
  // Jest 29 reads testTimeout only here, at the top level, not per project.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)', '<rootDir>/packages/*/tests/**/*.test.ts'] },
    { ...base, displayName: 'interop', testMatch: ['<rootDir>/tests/interop/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
