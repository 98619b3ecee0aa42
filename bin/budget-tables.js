#!/usr/bin/env node
// The CLI is compiled by `npm run build:cli` (run automatically by `npm ci` through `prepare`).
require('../dist-node/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
