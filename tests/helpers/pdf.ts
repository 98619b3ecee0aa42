/**
 * The CLI's workbook as a person sees it on paper: LibreOffice prints it to PDF, poppler
 * reads back page sizes, word boxes and fonts, and renders PNGs for a person to look at.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Prints `input` to PDF with a fresh LibreOffice profile; returns the PDF's path. */
export async function printToPdf(input: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'bt-lo-pdf-profile-'));
  await mkdir(outDir, { recursive: true });
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, input], { timeout: 180_000 });
  return join(outDir, basename(input).replace(/\.[^.]+$/, '.pdf'));
}

export interface PdfWord {
  page: number;
  text: string;
  /** The word box's height in points (ascent to descent of its font). */
  height: number;
  /** The box's left and top edge in points from the page's top left corner. */
  x: number;
  y: number;
}

/** Every word of the PDF with its page and box height, from `pdftotext -bbox`. */
export async function pdfWords(pdf: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match !== null) words.push({ page, text: match[5] ?? '', height: Number(match[4]) - Number(match[2]), x: Number(match[1]), y: Number(match[2]) });
  }
  return words;
}

/** Each page's size in points, from `pdfinfo`. */
export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The font names the PDF embeds, without their subset prefix ("DejaVuSans-Bold"). */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

/** Renders every page as PNG into `outDir` (page-1.png, …), replacing what was there. */
export async function renderPages(pdf: string, outDir: string, prefix: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '80', pdf, join(outDir, prefix)], { timeout: 120_000 });
}
