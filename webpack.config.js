/**
 * Three entries: the add-in's task pane, the manifest's FunctionFile (commands), and the
 * browser preview (the same pane beside an in-memory workbook). HyperFormula and the Excel
 * double are reachable only from `preview`; tests/e2e/bundle.test.ts checks the add-in's files.
 *
 * `npm run build` writes dist/, which any static HTTPS host can serve (docs/deploy.md).
 * `npm run dev-server` serves http://localhost:3000 for the preview; Excel itself needs
 * HTTPS, see docs/deploy.md for certificates.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Lists every file each entry loads, async chunks included, so tests can check exactly what the add-in ships. */
class EntrypointFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntrypointFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EntrypointFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entries = {};
        for (const [name, entrypoint] of compilation.entrypoints) {
          const files = new Set();
          for (const chunk of entrypoint.chunks) {
            for (const file of chunk.files) files.add(file);
            for (const async of chunk.getAllAsyncChunks()) for (const file of async.files) files.add(file);
          }
          entries[name] = [...files].filter((f) => f.endsWith('.js')).sort();
        }
        compilation.emitAsset('entrypoints.json', new compiler.webpack.sources.RawSource(`${JSON.stringify(entries, null, 2)}\n`));
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // Never an eval-based source map: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      // The repo type-checks as nodenext, where dynamic imports name the emitted `.js` file.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Types are checked by `npm run typecheck`; the bundle only needs the transpiled code.
            transpileOnly: true,
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true },
          },
        },
      ],
    },
    // The dev server (npm start) prints only problems, so the preview's address stays the last line.
    stats: production ? 'normal' : 'errors-warnings',
    performance: {
      // The preview carries HyperFormula and ExcelJS on purpose; the add-in's size is recorded in docs/benchmarks.md.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
      new EntrypointFilesPlugin(),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      // Plain HTTP: enough for the browser preview. Excel needs HTTPS (docs/deploy.md, office-addin-dev-certs).
      server: 'http',
      static: false,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      headers: { 'Cache-Control': 'no-store' },
    },
  };
};
