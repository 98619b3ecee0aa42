/**
 * The command line as a finance officer and a CI job meet it (docs/cli.md): the conventions
 * (help, version, exit codes, usage errors in the user's language), the grouped output, colour
 * and progress only on a terminal, and the files it writes.
 */
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, main, version } from '../../../src/cli/main';
import { ANSI, capture } from '../../helpers/cli';
import { FIXTURES, REPO } from '../../helpers/fixtures';

const FEATURES = join(FIXTURES, 'valid-features', 'input.json');
const SEMINAR = join(REPO, 'data', 'budget-2020-seminar.json');

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bt-cli-'));
}

/** The features fixture with two errors: an amount as text and an unknown committee. */
async function brokenInput(dir: string): Promise<string> {
  const input = join(dir, 'bad.json');
  // Only the parts broken below (the fixture has at least two initiatives).
  const document = JSON.parse(await readFile(FEATURES, 'utf8')) as { initiatives: [{ lines: [{ amounts: Record<string, unknown> }] }, { committee: string }] };
  document.initiatives[0].lines[0].amounts['2021'] = 'abc';
  document.initiatives[1].committee = 'hosp2';
  await writeFile(input, JSON.stringify(document));
  return input;
}

describe('conventions: help, version, exit codes', () => {
  test('--help: the commands, an example, the exit codes; exit 0 on stdout', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = capture();
      expect(await main(argv, run.io)).toBe(EXIT.ok);
      const help = run.stdout();
      expect(help).toMatch(/^ {2}build +byg budgettabellerne som en \.xlsx-projektmappe$/m);
      expect(help).toMatch(/^ {2}diff +sammenlign to runder og skriv et ændringsark$/m);
      expect(help).toMatch(/^ {2}snapshot +gem tabellerne som en navngiven runde/m);
      expect(help).toMatch(/^ {2}check /m);
      expect(help).toMatch(/^ {2}read /m);
      expect(help).toContain('Eksempel:\n  budget-tables build data/budget-2020-seminar.json --out out/seminar.xlsx\n');
      expect(help).toMatch(/^ {2}2 {2}forkert brug af kommandolinjen$/m);
      expect(help).toContain('NO_COLOR');
      expect(run.stderr()).toBe('');
    }
  });

  test.each(['build', 'check', 'read', 'diff', 'snapshot'])('%s --help: its synopsis, its own options and an example; the same as help %s', async (command) => {
    const run = capture();
    expect(await main([command, '--help'], run.io)).toBe(EXIT.ok);
    const help = run.stdout();
    expect(help).toMatch(new RegExp(`^Brug: budget-tables ${command} `));
    expect(help).toMatch(new RegExp(`Eksempel:\\n {2}budget-tables ${command} `));
    expect(help.includes('--watch')).toBe(command === 'build');
    expect(help.includes('--csv <fil.csv>')).toBe(command === 'read');
    expect(help).toContain('--json');
    const viaHelp = capture();
    expect(await main(['help', command], viaHelp.io)).toBe(EXIT.ok);
    expect(viaHelp.stdout()).toBe(help);
  });

  test('help in English on request', async () => {
    const run = capture();
    expect(await main(['check', '--help', '--lang', 'en'], run.io)).toBe(EXIT.ok);
    expect(run.stdout()).toMatch(/^Usage: budget-tables check <definitions\.json\|\.csv>/);
    expect(run.stdout()).toContain('Example:\n  budget-tables check data/budget-2020-seminar.json\n');
  });

  test('--version prints the package version, exit 0', async () => {
    const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['-V']]) {
      const run = capture();
      expect(await main(argv, run.io)).toBe(EXIT.ok);
      expect(run.stdout()).toBe(`budget-tables ${manifest.version}\n`);
    }
    expect(version()).toBe(manifest.version);
  });

  test('no arguments: a usage error (exit 2) with the overview on stderr, nothing on stdout', async () => {
    const run = capture();
    expect(await main([], run.io)).toBe(EXIT.usage);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toMatch(/^Skriv en kommando: build, check, read, diff eller snapshot\.\n\nbudget-tables \d/);
  });

  test('an unknown option: exit 2, in Danish, with a pointer to the command\'s help and no parser advice', async () => {
    const run = capture();
    expect(await main(['build', FEATURES, '--bogus'], run.io)).toBe(EXIT.usage);
    expect(run.stderr()).toBe('budget-tables: Ukendt tilvalg --bogus til build.\nSe budget-tables build --help.\n');
    const typo = capture();
    expect(await main(['check', FEATURES, '--decimal', '2'], typo.io)).toBe(EXIT.usage);
    expect(typo.stderr()).toContain('Ukendt tilvalg --decimal til check. Mente du --decimals?');
    const dash = capture();
    expect(await main(['check', '-x'], dash.io)).toBe(EXIT.usage);
    expect(dash.stderr()).not.toMatch(/positional argument|To specify/);
  });

  test('usage errors answer in the language asked for, wherever --lang stands', async () => {
    const run = capture();
    expect(await main(['buidl', FEATURES, '--lang', 'en'], run.io)).toBe(EXIT.usage);
    expect(run.stderr()).toBe('budget-tables: Unknown command: buidl. Did you mean build?\nSee budget-tables --help.\n');
    const danish = capture();
    expect(await main(['buidl', FEATURES], danish.io)).toBe(EXIT.usage);
    expect(danish.stderr()).toContain('Ukendt kommando: buidl. Mente du build?');
  });

  test.each([
    [['build', FEATURES], 'build skal have --out <projektmappe.xlsx>.'],
    [['build', FEATURES, '--out'], '--out skal have en værdi, f.eks. --out <værdi>.'],
    [['build', FEATURES, '--out', '--json'], '--out skal have en værdi'],
    [['check', FEATURES, '--json=ja'], '--json tager ingen værdi.'],
    [['check', FEATURES, '--decimals', '9'], '--decimals skal være et helt tal fra 0 til 6, ikke »9«.'],
    [['check', FEATURES, '--decimals', '-1'], '--decimals skal være et helt tal fra 0 til 6, ikke »-1«.'],
    [['check', FEATURES, '--lang', 'de'], '--lang skal være da eller en, ikke »de«.'],
    [['check', 'x.csv', '--unit', 'euro'], '--unit skal være en af »kr.«, »t.kr.«, »mio. kr.«, ikke »euro«.'],
    [['check', FEATURES, '--watch'], '--watch findes kun til build.'],
    [['check', FEATURES, '--quiet', '--verbose'], '--quiet og --verbose kan ikke bruges sammen.'],
    [['check'], 'check mangler <definitioner.json|.csv>.'],
    [['check', FEATURES, 'extra.json'], 'Uventet argument: extra.json.'],
    [['read', 'x.xlsx'], 'read skal have --out <definitioner.json>.'],
  ])('%j: exit 2, %s', async (argv, message) => {
    const run = capture();
    expect(await main(argv, run.io)).toBe(EXIT.usage);
    expect(run.stderr()).toContain(message);
    expect(run.stdout()).toBe('');
  });

  test('a file whose name starts with - is given after --', async () => {
    const run = capture();
    expect(await main(['check', '--', '-budget.json'], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain('Filen findes ikke: -budget.json');
  });

  test('a missing input file is an input problem: exit 1, said plainly, nothing written', async () => {
    const dir = await tempDir();
    const run = capture();
    expect(await main(['build', '/nonexistent/file.json', '--out', join(dir, 'x.xlsx')], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toBe('1 fejl\n  Filen findes ikke: /nonexistent/file.json\nIntet er skrevet.\n');
    await expect(stat(join(dir, 'x.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
    const read = capture();
    expect(await main(['read', join(dir, 'none.xlsx'), '--out', join(dir, 'r.json')], read.io)).toBe(EXIT.invalidInput);
    expect(read.stderr()).toBe(`1 fejl\n  Filen findes ikke: ${join(dir, 'none.xlsx')}\nIntet er skrevet.\n`);
  });

  test('an unexpected failure (the output is a folder): exit 3, said plainly', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'taken.xlsx'));
    const run = capture();
    expect(await main(['build', FEATURES, '--out', join(dir, 'taken.xlsx')], run.io)).toBe(EXIT.failure);
    expect(run.stderr()).toMatch(/^budget-tables: Uventet fejl: .*(EISDIR|directory)/m);
  });

  test('new money apart: existing and reprioritised money are totalled below, never in the total', async () => {
    const run = capture();
    expect(await main(['check', join(FIXTURES, 'valid-funding', 'input.json')], run.io)).toBe(EXIT.ok);
    const lines = run.stdout().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, nye midler\s+2,6\s+14,0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, eksisterende budget\s+344,5\s+0,0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, omprioritering\s+20,0\s+0,0$/));
  });
});

describe('readable output', () => {
  test('build: the totals at the workbook\'s decimals, the file and its sheets; warnings once, grouped, on stderr', async () => {
    const dir = await tempDir();
    const out = join(dir, 'nested', 'seminar.xlsx');
    const run = capture();
    expect(await main(['build', SEMINAR, '--out', out], run.io)).toBe(EXIT.ok);
    const lines = run.stdout().split('\n');
    expect(lines[0]).toBe('Budget 2020 – emner til budgetseminaret 22. maj 2019 (Beløb i mio. kr., 2019 P/L)');
    expect(lines[1]).toMatch(/^Udvalg\s+2020\s+2021\s+2022\s+2023$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Hospitalsudvalget\s+45,3\s+43,8\s+68,8\s+120,0$/));
    // New money only in the total; the frames already in the budget and the reprioritisation apart (L12).
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, nye midler\s+91,2\s+59,3\s+84,3\s+135,5$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, eksisterende budget\s+513,4\s+0,0\s+0,0\s+0,0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^I alt, omprioritering\s+20,0\s+0,0\s+0,0\s+0,0$/));
    expect(lines).toContain(`Skrev ${out} (5 ark: Oversigt, Hospitalsudvalget, Psykiatri- og socialudvalget, Udvalg for nære sundhedstilbud, Regional Udvikling)`);
    const stderr = run.stderr();
    expect(stderr.match(/emner uden beløb endnu/g)).toHaveLength(1);
    expect(stderr).toMatch(/^\n20 advarsler\n {2}20 emner uden beløb endnu \(vises uden tal\): Kræftpakker, Sundhedsinnovation,/);
    expect(stderr).toContain('og 12 mere');
    expect(stderr).not.toContain('initiatives[');
    expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(6);
  });

  test('the workbook holds the live formulas with their values', async () => {
    const dir = await tempDir();
    const out = join(dir, 'seminar.xlsx');
    expect(await main(['build', SEMINAR, '--out', out], capture().io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('BudgetTables_State')?.state).toBe('veryHidden');
    const hosp = workbook.getWorksheet('Hospitalsudvalget');
    const pmSubtotal = hosp?.getColumn(2).values.findIndex((v) => v === 'I alt, Personlig medicin') ?? -1;
    expect(hosp?.getCell(pmSubtotal, 7).value).toMatchObject({ formula: expect.stringContaining('SUMIFS(G$') as string, result: 102 });
  });

  test('a title that looks like a formula is written as a string cell, never a formula', async () => {
    const dir = await tempDir();
    const out = join(dir, 'f.xlsx');
    expect(await main(['build', FEATURES, '--out', out], capture().io)).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cell = workbook.getWorksheet('Hospitalsudvalget')?.getCell('B13');
    expect(cell?.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
  });

  test('check: --decimals sets the table\'s decimals; English on request', async () => {
    const two = capture();
    expect(await main(['check', FEATURES, '--decimals', '2'], two.io)).toBe(EXIT.ok);
    expect(two.stdout()).toMatch(/^Hospitalsudvalget\s+29,25\s+37,65\s+62,45\s+107,45$/m);
    const one = capture();
    expect(await main(['check', FEATURES, '--lang', 'en'], one.io)).toBe(EXIT.ok);
    expect(one.stdout()).toMatch(/^Hospitalsudvalget\s+29\.3\s+37\.7\s+62\.5\s+107\.5$/m);
    expect(one.stdout()).toMatch(/^Total\s+433\.4\s+38\.7\s+63\.5\s+108\.5$/m);
    expect(one.stdout()).toMatch(/^Total, low estimate\s+432\.0/m);
    expect(one.stderr()).toBe(
      [
        '',
        '5 warnings',
        '  1 topic without amounts yet (shown without figures): Udredningsretten',
        '  4 over-allocated frames:',
        '    Initiative 3 “Overdisponeret pulje”, frame: The frame is over-allocated in 2020: 1.5 is allocated but the frame is 1.',
        '    Initiative 3 “Overdisponeret pulje”, frame: The frame is over-allocated in 2021: 1.5 is allocated but the frame is 1.',
        '    Initiative 3 “Overdisponeret pulje”, frame: The frame is over-allocated in 2022: 1.5 is allocated but the frame is 1.',
        '    Initiative 3 “Overdisponeret pulje”, frame: The frame is over-allocated in 2023: 1.5 is allocated but the frame is 1.',
        '',
      ].join('\n'),
    );
  });

  test('invalid JSON input: exit 1, every error grouped by kind and located by initiative and title, no file', async () => {
    const dir = await tempDir();
    const out = join(dir, 'never.xlsx');
    const run = capture();
    expect(await main(['build', await brokenInput(dir), '--out', out], run.io)).toBe(EXIT.invalidInput);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toBe(
      [
        '2 fejl',
        '  Emne 2 »Personlig medicin«, linje 1 »Påbegynde PM-oprustning«, 2021: Forventede et beløb – et tal som 5.5 eller et interval som {"min": 5.5, "max": 6.9} – men fik »abc«.',
        '  Emne 3 »Akutnummer 1-1-3«, udvalg: Udvalget »hosp2« findes ikke i listen over udvalg. Mente du »hosp«?',
        'Intet er skrevet.',
        '',
      ].join('\n'),
    );
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('--verbose adds the JSON path to each location and lists every warning on its own', async () => {
    const dir = await tempDir();
    const run = capture();
    expect(await main(['check', await brokenInput(dir), '--verbose'], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain('  Emne 2 »Personlig medicin«, linje 1 »Påbegynde PM-oprustning«, 2021 (initiatives[0].lines[0].amounts.2021): Forventede');
    const seminar = capture();
    expect(await main(['check', SEMINAR, '--verbose'], seminar.io)).toBe(EXIT.ok);
    const listed = seminar.stderr().split('\n').filter((line) => line.startsWith('    Emne '));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe('    Emne 4 »Kræftpakker« (initiatives[2]): Emnet »Kræftpakker« har endnu ingen beløb og vises uden tal.');
  });

  test('CSV input: errors and warnings both located by linje and kolonne', async () => {
    const errors = capture();
    expect(await main(['check', join(FIXTURES, 'invalid-csv-danish-numbers', 'input.csv')], errors.io)).toBe(EXIT.invalidInput);
    expect(errors.stderr()).toMatch(/^8 fejl\n {2}7 beløb skrevet, så det ikke kan læses som tal:\n {4}linje 3, kolonne 2020: »2\.0« er ikke et gyldigt tal/);
    const warnings = capture();
    expect(await main(['check', join(FIXTURES, 'valid-danish-csv', 'input.csv'), '--verbose'], warnings.io)).toBe(EXIT.ok);
    expect(warnings.stderr()).toContain('    linje 5: Emnet »Udredningsretten« har endnu ingen beløb og vises uden tal.');
  });

  test('no problems: said in one line after the totals', async () => {
    const dir = await tempDir();
    const input = join(dir, 'clean.json');
    const document = { formatVersion: 1, title: 'Ren', unit: 'mio. kr.', years: [2020], committees: [{ id: 'a', name: 'Udvalg A' }], initiatives: [{ id: 'x', committee: 'a', title: 'Et emne', amounts: 1.25 }] };
    await writeFile(input, JSON.stringify(document));
    const run = capture();
    expect(await main(['check', input], run.io)).toBe(EXIT.ok);
    expect(run.stdout()).toMatch(/^Udvalg A\s+1,3$/m);
    expect(run.stderr()).toBe('\nIngen problemer.\n');
  });

  test('--quiet: nothing on success; on failure only the errors', async () => {
    const dir = await tempDir();
    const run = capture();
    expect(await main(['build', SEMINAR, '--out', join(dir, 'q.xlsx'), '--quiet'], run.io)).toBe(EXIT.ok);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toBe('');
    await expect(stat(join(dir, 'q.xlsx'))).resolves.toBeDefined();
    const failing = capture();
    expect(await main(['check', await brokenInput(dir), '-q'], failing.io)).toBe(EXIT.invalidInput);
    expect(failing.stderr()).toMatch(/^2 fejl\n/);
    expect(failing.stderr()).not.toContain('advarsel');
  });
});

describe('terminals and pipes', () => {
  test('colour on a terminal; none with NO_COLOR, none in a pipe', async () => {
    const tty = capture({ stdoutIsTTY: true, stderrIsTTY: true, env: { TERM: 'xterm' } });
    expect(await main(['check', FEATURES], tty.io)).toBe(EXIT.ok);
    expect(tty.stdout()).toMatch(ANSI);
    expect(tty.stderr()).toContain('\u001b[33m\u001b[1m5 advarsler');
    const noColor = capture({ stdoutIsTTY: true, stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(await main(['check', FEATURES], noColor.io)).toBe(EXIT.ok);
    expect(noColor.stdout()).not.toMatch(ANSI);
    // The progress line's own erase sequence is not colour; everything else is plain.
    expect(noColor.err.filter((chunk) => !chunk.startsWith('\r')).join('')).not.toMatch(ANSI);
    const pipe = capture();
    expect(await main(['check', FEATURES], pipe.io)).toBe(EXIT.ok);
    expect(pipe.stdout() + pipe.stderr()).not.toMatch(ANSI);
  });

  test('progress on a terminal\'s stderr (phases and counts), the line cleared at the end; none in a pipe', async () => {
    const dir = await tempDir();
    const tty = capture({ stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(await main(['build', FEATURES, '--out', join(dir, 'p.xlsx')], tty.io)).toBe(EXIT.ok);
    const shown = tty.err.filter((chunk) => chunk.startsWith('\r\u001b[2K'));
    expect(shown.map((chunk) => chunk.slice(5))).toEqual(['Læser …', expect.stringMatching(/^Kontrollerer \(\d+,\d kB\) …$/), 'Beregner totaler (9 emner) …', 'Lægger ark ud (9 emner) …', 'Skriver projektmappen (4 ark) …', '']);
    expect(tty.stdout()).not.toContain('Læser');
    const pipe = capture();
    expect(await main(['build', FEATURES, '--out', join(dir, 'p.xlsx')], pipe.io)).toBe(EXIT.ok);
    expect(pipe.stderr()).not.toContain('Læser');
  });
});

describe('a workbook open in another program', () => {
  test('LibreOffice\'s lock file beside the workbook: exit 1, the lock named, the workbook untouched', async () => {
    const dir = await tempDir();
    const out = join(dir, 'open.xlsx');
    await writeFile(out, 'the version LibreOffice has open');
    await writeFile(join(dir, '.~lock.open.xlsx#'), ',someone,host,2026-01-01T00:00:00,');
    const run = capture();
    expect(await main(['build', FEATURES, '--out', out], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`Projektmappen ${out} er åben i et andet program (låsefilen ${join(dir, '.~lock.open.xlsx#')} findes), så den ikke er skrevet. Luk den der, og byg igen.`);
    expect(await readFile(out, 'utf8')).toBe('the version LibreOffice has open');
  });

  test('Excel\'s owner file ~$name likewise', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '~$open.xlsx'), '');
    const run = capture();
    expect(await main(['build', FEATURES, '--out', join(dir, 'open.xlsx'), '--lang', 'en'], run.io)).toBe(EXIT.invalidInput);
    expect(run.stderr()).toContain(`is open in another program (the lock file ${join(dir, '~$open.xlsx')} exists), so it was not written.`);
    await expect(stat(join(dir, 'open.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
