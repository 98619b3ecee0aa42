/**
 * LibreOffice as an independent spreadsheet engine: open an .xlsx headless,
 * recalculate every formula on load, and save it again so its results can be read.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

const run = promisify(execFile);

// OOXMLRecalcMode 0 = "always recalculate": without it LibreOffice trusts the cached results in the file.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function freshProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bt-lo-profile-'));
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(join(dir, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  return dir;
}

/** Opens `input` in LibreOffice, recalculates, saves as .xlsx into a new folder, and returns that path. */
export async function recalculateWithLibreOffice(input: string): Promise<string> {
  const profile = await freshProfile();
  const outDir = await mkdtemp(join(tmpdir(), 'bt-lo-out-'));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, input],
    { timeout: 180_000 },
  );
  return join(outDir, basename(input).replace(/\.[^.]+$/, '.xlsx'));
}

export type SheetValues = Map<string, number | string>;

/**
 * Every non-empty cell's value by address, formula cells giving their cached result.
 * Read straight from the package XML rather than with ExcelJS (the writer under test),
 * whose reader also drops a cached result of 0.
 */
export async function readValues(path: string): Promise<Map<string, SheetValues>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['sheet', 'si', 'row', 'c', 'Relationship', 'r'].includes(name) });
  // The parts' shapes as the parser gives them (only what is read here).
  const read = async <T>(name: string): Promise<T> => xml.parse(await (zip.file(name)?.async('string') ?? Promise.reject(new Error(`${path} has no ${name}`)))) as T;
  const sharedFile = zip.file('xl/sharedStrings.xml');
  const shared: string[] = sharedFile === null ? [] : ((await read<SharedStringsXml>('xl/sharedStrings.xml')).sst.si ?? []).map(stringItem);
  const relationships = (await read<RelationshipsXml>('xl/_rels/workbook.xml.rels')).Relationships.Relationship ?? [];
  const rels = new Map<string, string>(relationships.map((r) => [r['@Id'], r['@Target']]));
  const sheets = new Map<string, SheetValues>();
  for (const sheet of (await read<WorkbookXml>('xl/workbook.xml')).workbook.sheets.sheet) {
    const target = (rels.get(sheet['@r:id']) ?? '').replace(/^\/?(xl\/)?/, '');
    const rows = (await read<WorksheetXml>(`xl/${target}`)).worksheet.sheetData?.row ?? [];
    const values: SheetValues = new Map();
    for (const row of rows) {
      for (const c of row.c ?? []) {
        if (c.v === undefined) continue;
        const raw = String(c.v);
        values.set(c['@r'], c['@t'] === 's' ? (shared[Number(raw)] ?? '') : c['@t'] === 'str' || c['@t'] === 'inlineStr' ? raw : Number(raw));
      }
    }
    sheets.set(sheet['@name'], values);
  }
  return sheets;
}

interface StringItemXml {
  t?: unknown;
  r?: { t?: unknown }[];
}
interface SharedStringsXml {
  sst: { si?: StringItemXml[] };
}
interface RelationshipsXml {
  Relationships: { Relationship?: { '@Id': string; '@Target': string }[] };
}
interface WorkbookXml {
  workbook: { sheets: { sheet: { '@name': string; '@r:id': string }[] } };
}
interface WorksheetXml {
  worksheet: { sheetData?: { row?: { c?: { '@r': string; '@t'?: string; v?: string | number | boolean }[] }[] } };
}

function stringItem(si: StringItemXml): string {
  const scalar = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
  const text = (t: unknown): string => (typeof t === 'object' && t !== null && '#text' in t ? scalar(t['#text']) : scalar(t));
  return si.t !== undefined ? text(si.t) : (si.r ?? []).map((r) => text(r.t)).join('');
}

/**
 * Removes every cached formula result, so whatever a reader reports afterwards
 * was computed by that reader: a comparison that cannot pass by accident.
 */
export async function withoutCachedResults(input: string, output: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
          cell.value = { formula: value.formula, date1904: false };
        }
      }),
    ),
  );
  edit?.(workbook);
  await workbook.xlsx.writeFile(output);
}
