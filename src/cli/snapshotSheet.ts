/**
 * Puts the encoded snapshots (src/adapters/state/snapshots.ts) into an existing workbook file as
 * a very hidden sheet, SNAPSHOTS_SHEET_NAME, without touching anything else in the package: the
 * workbook was built by Budget Tables and may since have been edited by any program, so it is
 * patched, not rewritten (a rewrite by ExcelJS would drop the chart and whatever it does not know).
 *
 * The sheet holds the text in column A as inline strings, cut into cells like the state
 * (STATE_CHUNK_CHARS). Its part, its relationship and its content type are added the first time.
 */
import JSZip from 'jszip';
import { SNAPSHOTS_SHEET_NAME } from '../adapters/state/snapshots';
import { splitStateIntoChunks } from '../adapters/state/state';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The package is not one this patch understands (no workbook part, an unusual prefix): nothing is changed. */
export class SnapshotSheetError extends Error {}

export async function withSnapshotSheet(bytes: Uint8Array, encoded: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await text(zip, WORKBOOK);
  const rels = await text(zip, WORKBOOK_RELS);
  const sheetXml = worksheetXml(splitStateIntoChunks(encoded));
  const existing = new RegExp(`<sheet\\b[^>]*\\bname="${SNAPSHOTS_SHEET_NAME}"[^>]*/>`).exec(workbook);
  if (existing !== null) {
    // Only the add-in's own hidden sheet is replaced (LibreOffice saves a very hidden sheet as hidden); a visible one of that name is the user's.
    if (!/\bstate="(?:veryHidden|hidden)"/.test(existing[0])) throw new SnapshotSheetError(`a visible sheet is named ${SNAPSHOTS_SHEET_NAME}`);
    const id = /\br:id="([^"]+)"/.exec(existing[0])?.[1];
    const target = id === undefined ? undefined : new RegExp(`<Relationship\\b[^>]*\\bId="${escapeRegExp(id)}"[^>]*/>`).exec(rels)?.[0];
    const path = target === undefined ? undefined : /\bTarget="([^"]+)"/.exec(target)?.[1];
    if (path === undefined) throw new SnapshotSheetError(`${SNAPSHOTS_SHEET_NAME} has no part`);
    zip.file(path.startsWith('/') ? path.slice(1) : `xl/${path}`, sheetXml);
  } else {
    if (!workbook.includes(`xmlns:r="${RELATIONSHIPS_NS}"`) || !workbook.includes('</sheets>')) throw new SnapshotSheetError('unusual workbook.xml');
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`) !== null) n++;
    let rid = 1;
    while (rels.includes(`Id="rIdSnapshots${rid}"`)) rid++;
    const sheetIds = [...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
    const sheetId = Math.max(0, ...sheetIds) + 1;
    zip.file(`xl/worksheets/sheet${n}.xml`, sheetXml);
    zip.file(WORKBOOK, workbook.replace('</sheets>', `<sheet name="${SNAPSHOTS_SHEET_NAME}" sheetId="${sheetId}" state="veryHidden" r:id="rIdSnapshots${rid}"/></sheets>`));
    zip.file(WORKBOOK_RELS, rels.replace('</Relationships>', `<Relationship Id="rIdSnapshots${rid}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/></Relationships>`));
    const types = await text(zip, CONTENT_TYPES);
    zip.file(CONTENT_TYPES, types.replace('</Types>', `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${WORKSHEET_TYPE}"/></Types>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new SnapshotSheetError(`no ${name}`);
  return file.async('string');
}

function worksheetXml(chunks: readonly string[]): string {
  const rows = chunks.map((chunk, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${escapeXml(chunk)}</t></is></c></row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
