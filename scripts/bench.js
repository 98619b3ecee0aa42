#!/usr/bin/env node
/**
 * `npm run bench [-- --json] [-- --sizes 100,1000] [-- --xlsx-sizes 1000,10000] [-- --only-xlsx]`:
 * builds synthetic files into the Excel double, and through the CLI against the ExcelJS floor
 * (build, a streaming write of the same workbook, read, a plain read), each case in its own
 * process so peak memory is its own.
 * TypeScript sources are transpiled on the fly with the project's own TypeScript.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100, 1000, 10000];
const rebuildArg = args[args.indexOf('--rebuild-sizes') + 1];
// The rebuild case with realistic text; 50,000 takes a few minutes and several GB in the double.
const rebuildSizes = args.includes('--rebuild-sizes') && rebuildArg ? rebuildArg.split(',').map(Number) : args.includes('--sizes') ? [] : [1000, 10000, 50000];
const xlsxArg = args[args.indexOf('--xlsx-sizes') + 1];
// 29,000 is the largest the input limit allows with lines (MAX_NODES: the generator makes 1.67 nodes an
// initiative); 50,000 are initiatives without lines (bench/floor.ts, xlsxDefinitions).
const xlsxSizes = args.includes('--xlsx-sizes') && xlsxArg ? xlsxArg.split(',').map(Number) : args.includes('--sizes') ? [] : [1000, 10000, 29000, 50000];
const onlyXlsx = args.includes('--only-xlsx');
// Cell by cell with a sync per row is slow by design; past 1,000 initiatives it would take minutes.
const NAIVE_LIMIT = 1000;

const cases = (onlyXlsx ? [] : sizes).flatMap((n) => [
  { writer: 'office.js (batched)', n },
  ...(n <= NAIVE_LIMIT ? [{ writer: 'office.js (naive, cell by cell)', n }] : []),
]);

const runOne = (c) => {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', path.join(__dirname, 'bench-case.js'), c.writer, String(c.n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
};
const rows = cases.map(runOne);
// Interleaved: each size's build, floor, read and plain read run one after the other (the reads read what build wrote).
// Then the core's own part of each, which bounds the ratios from below: build/floor ≥ 1 + core of build/floor.
const XLSX_CASES = ['cli build', 'floor: ExcelJS streaming write', 'cli read', 'floor: ExcelJS read', 'core of build', 'core of read'];
const xlsxRows = xlsxSizes.flatMap((n) => XLSX_CASES.map((writer) => runOne({ writer, n })));
const rebuildRows = (onlyXlsx ? [] : rebuildSizes).map((n) => runOne({ writer: 'office.js rebuild (realistic text)', n }));

if (json) {
  console.log(JSON.stringify([...rows, ...xlsxRows, ...rebuildRows], null, 2));
} else if (rows.length > 0) {
  const header = ['writer', 'initiatives', 'rows', 'syncs', 'commands', 'largest request (bytes)', 'wall (ms)', 'peak RSS (MB)'];
  const table = [header, ...rows.map((r) => [r.writer, r.initiatives, r.rows, r.syncs ?? '–', r.commands ?? '–', r.largestRequestBytes ?? '–', r.wallMs, r.peakRssMb].map(String))];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const row of table) console.log(row.map((cell, i) => (i < 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
if (!json && xlsxRows.length > 0) {
  const ratio = (a, b) => (a / b).toFixed(2);
  // Wall and CPU milliseconds: CPU time is the steadier on a shared machine; ratios of both.
  const header = ['initiatives', 'build wall/CPU (ms)', 'floor wall/CPU (ms)', 'build/floor wall, CPU', 'build RSS (MB)', 'floor RSS (MB)', 'RSS ratio', 'read wall/CPU (ms)', 'plain read wall/CPU (ms)', 'read/floor wall, CPU', 'read RSS (MB)', 'plain read RSS (MB)', 'RSS ratio', 'core of build CPU (ms), / floor', 'core of read CPU (ms), / plain read'];
  const time = (r) => `${r.wallMs}/${r.cpuMs}`;
  const ratios = (a, b) => `${ratio(a.wallMs, b.wallMs)}, ${ratio(a.cpuMs, b.cpuMs)}`;
  const table = [
    header,
    ...xlsxSizes.map((n) => {
      const [build, floor, read, plain, coreBuild, coreRead] = XLSX_CASES.map((writer) => xlsxRows.find((r) => r.writer === writer && r.initiatives === n));
      const core = (part, of) => `${part.cpuMs}, ${ratio(part.cpuMs, of.cpuMs)}`;
      return [n, time(build), time(floor), ratios(build, floor), build.peakRssMb, floor.peakRssMb, ratio(build.peakRssMb, floor.peakRssMb), time(read), time(plain), ratios(read, plain), read.peakRssMb, plain.peakRssMb, ratio(read.peakRssMb, plain.peakRssMb), core(coreBuild, floor), core(coreRead, plain)].map(String);
    }),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log('\n.xlsx path against the ExcelJS floor');
  for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i])).join('  '));
}
if (!json && rebuildRows.length > 0) {
  const header = ['initiatives', 'rows', 'first: syncs', 'largest request', 'largest response', 'rebuild: syncs', 'largest request', 'largest response', 'payload / content', 'estimate error (%)', 'wall (ms)', 'peak RSS (MB)'];
  const table = [header, ...rebuildRows.map((r) => [r.initiatives, r.rows, r.first.syncs, r.first.largestRequestBytes, r.first.largestResponseBytes, r.rebuild.syncs, r.rebuild.largestRequestBytes, r.rebuild.largestResponseBytes, r.payloadRatio, r.estimateErrorPercent, r.wallMs, r.peakRssMb].map(String))];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log('\noffice.js rebuild (realistic text)');
  for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i])).join('  '));
}
