#!/usr/bin/env node
/**
 * `npm start`: run the add-in where that is possible, the browser preview everywhere.
 *
 * - Where Excel desktop is installed (Windows, macOS) the add-in would be sideloaded with
 *   Microsoft's `office-addin-debugging`. That package is not a dependency of this project,
 *   so this script says exactly how to sideload instead of failing.
 * - Everywhere (and always on Linux, where Excel desktop does not exist) it serves the
 *   browser preview on localhost and prints its address.
 *
 * Options:
 *   --static       serve the built dist/ with a tiny static server (builds first if dist/ is missing)
 *                  instead of webpack-dev-server (which rebuilds on every change)
 *   --port <n>     port to listen on (default $PORT or 3000; 0 picks a free one)
 */
const { spawnSync } = require('node:child_process');
const { createReadStream, existsSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** Where Excel desktop lives on this machine, or undefined. Linux has none. */
function findExcelDesktop(platform = process.platform, env = process.env, exists = existsSync) {
  const candidates = [];
  if (platform === 'win32') {
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']) {
      if (base === undefined) continue;
      for (const version of ['root\\Office16', 'Office16', 'root\\Office15', 'Office15']) candidates.push(path.win32.join(base, 'Microsoft Office', version, 'EXCEL.EXE'));
    }
  } else if (platform === 'darwin') {
    candidates.push('/Applications/Microsoft Excel.app', path.join(env.HOME ?? os.homedir(), 'Applications', 'Microsoft Excel.app'));
  }
  return candidates.find((candidate) => exists(candidate));
}

function isInstalled(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [ROOT] });
    return true;
  } catch {
    // Not resolvable from the project: the package is not installed.
    return false;
  }
}

function sideloadAdvice(excel) {
  const lines = [
    `Excel desktop found: ${excel}`,
    'Sideloading needs Microsoft\'s office-addin-debugging and office-addin-dev-certs, which this project does not install.',
    'To run the add-in inside Excel desktop:',
    '  1. npm install --no-save office-addin-debugging office-addin-dev-certs',
    '  2. npx office-addin-dev-certs install            (trusts a localhost HTTPS certificate)',
    '  3. serve dist/ over https://localhost:3000        (see docs/deploy.md, "Developing against Excel")',
    '  4. npx office-addin-debugging start manifest.xml desktop',
    'Or upload manifest.xml in Excel: Home > Add-ins > More add-ins > My add-ins > Upload my add-in (Excel on the web).',
    'Meanwhile, the browser preview at the address above runs the same pane without Excel.',
  ];
  return lines.join('\n');
}

function noExcelMessage() {
  return [
    `No Excel desktop on this machine (${process.platform}${process.platform === 'linux' ? ': Excel desktop does not exist for Linux' : ''}).`,
    'The address above is the browser preview: the same task pane beside an in-browser workbook.',
    'To try the add-in in Excel on the web, host dist/ over HTTPS and upload manifest.xml (docs/deploy.md).',
  ].join('\n');
}

function parseArgs(argv) {
  const options = { static: false, port: process.env.PORT === undefined ? 3000 : Number(process.env.PORT) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--static') options.static = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else throw new Error(`Unknown option ${arg}. Options: --static, --port <n>.`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port needs a number from 0 to 65535.');
  return options;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

/** Builds dist/ when it has no preview yet; webpack's output is shown only when the build fails. */
function ensureBuilt() {
  if (existsSync(path.join(DIST, 'preview.html'))) return;
  console.log('dist/ has no build yet: building it first (npm run build) …');
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed with status ${build.status}:\n${build.stdout}${build.stderr}`);
}

function serveStatic(port) {
  ensureBuilt();
  const base = path.normalize(DIST + path.sep);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.normalize(path.join(base, pathname === '/' ? 'preview.html' : pathname));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve({ port: server.address().port, ready: Promise.resolve(undefined) }));
  });
}

/**
 * webpack-dev-server, quiet: its own "Project is running at …" (an address that answers
 * "Cannot GET /") is not printed, and "/" serves the preview. `ready` settles after the
 * first compilation with its errors, if any; the dev server holds requests until then.
 */
async function serveDevServer(port) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const compiler = webpack({ ...config, infrastructureLogging: { level: 'error' } });
  const ready = new Promise((resolve) => compiler.hooks.done.tap('start', (stats) => resolve(stats.hasErrors() ? stats.toString('errors-only') : undefined)));
  const devServer = { ...config.devServer, port: port === 0 ? 'auto' : port, devMiddleware: { ...config.devServer.devMiddleware, index: 'preview.html' } };
  const server = new WebpackDevServer(devServer, compiler);
  await server.start();
  return { port: server.options.port, ready };
}

/** The address comes first and alone on its line; what this machine can do comes after it. */
async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { port, ready } = options.static ? await serveStatic(options.port) : await serveDevServer(options.port);
  const excel = findExcelDesktop();
  const host =
    excel === undefined
      ? noExcelMessage()
      : isInstalled('office-addin-debugging')
        ? `Excel desktop found: ${excel}\noffice-addin-debugging is installed: sideload with npx office-addin-debugging start manifest.xml desktop`
        : sideloadAdvice(excel);
  // One write, so a reader of the pipe gets the address and the notes together.
  process.stdout.write(`Budget Tables preview: http://localhost:${port}/preview.html\n\n${host}\nPress Ctrl+C to stop.\n`);
  const errors = await ready;
  if (errors !== undefined) console.error(`\nThe preview does not build:\n${errors}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { findExcelDesktop, sideloadAdvice, parseArgs };
