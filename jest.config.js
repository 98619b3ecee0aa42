/** Three suites: fast unit tests, LibreOffice interoperability, and headless-Chromium end to end. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }] };
// office-addin-manifest pulls in an ESM-only strip-bom; let swc turn it into CommonJS.
const base = { transform, transformIgnorePatterns: ['/node_modules/(?!(.*/)?(strip-bom|uuid)/)'], testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    { ...base, displayName: 'interop', testMatch: ['<rootDir>/tests/interop/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
