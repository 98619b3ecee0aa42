/** One benchmark case in a fresh process: prints one JSON row. */
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true }, fileName: filename });
  module._compile(outputText, filename);
};

const [writer, n] = process.argv.slice(2);
require('../bench/benchmark.ts')
  .runCase(writer, Number(n))
  .then((row) => console.log(JSON.stringify({ ...row, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
