/**
 * Charts in the .xlsx package (docs/layout.md, L7). ExcelJS writes no charts, so after it
 * has written the workbook the chart part (DrawingML, ECMA-376 Part 1 §21.2), a drawing
 * that anchors it to cells, and their relationships and content types are added to the
 * package here. The series refer to the sheet's own cells, so Excel and LibreOffice redraw
 * the chart from the live totals; the cached values are the engine's, for viewers that do not.
 */
import JSZip from 'jszip';
import { sheetPrefix, toAbsolute } from '../../core/layout/a1';
import { FONT_NAME } from '../../core/layout/grid';
import type { ChartPlan, LayoutPlan } from '../../core/layout/plan';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
export const REL_DRAWING = `${NS.r}/drawing`;
const REL_CHART = `${NS.r}/chart`;
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** Series colours: distinct, printable in grey, the first the header's blue family. */
const COLOURS = ['1F4E79', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5', '7030A0', 'C00000'];

/** A chart's own parts: the chart, the drawing that anchors it, and the drawing's relationships. */
export interface ChartParts {
  /** Path and XML of each new part. */
  parts: { path: string; xml: string }[];
  /** The drawing, as the worksheet's relationship targets it. */
  drawingTarget: string;
  contentTypes: { part: string; type: string }[];
}

/** The parts of the chart of `sheetName`, as drawingN.xml and chartM.xml. */
export function chartParts(chart: ChartPlan, sheetName: string, drawingPath: string, chartPath: string): ChartParts {
  const drawingFile = drawingPath.slice(drawingPath.lastIndexOf('/') + 1);
  const chartFile = chartPath.slice(chartPath.lastIndexOf('/') + 1);
  return {
    parts: [
      { path: chartPath, xml: chartXml(chart, sheetName) },
      { path: drawingPath, xml: drawingXml(chart) },
      { path: `xl/drawings/_rels/${drawingFile}.rels`, xml: relsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/${chartFile}` }]) },
    ],
    drawingTarget: `../drawings/${drawingFile}`,
    contentTypes: [
      { part: `/${drawingPath}`, type: TYPE_DRAWING },
      { part: `/${chartPath}`, type: TYPE_CHART },
    ],
  };
}

/** The overrides a package's [Content_Types].xml needs for new parts. */
export function withContentTypes(xml: string, overrides: readonly { part: string; type: string }[]): string {
  const items = overrides.map((o) => `<Override PartName="${o.part}" ContentType="${o.type}"/>`).join('');
  return xml.replace('</Types>', `${items}</Types>`);
}

/** Adds every chart of the plan to the package ExcelJS wrote; the bytes unchanged when there are none. */
export async function addCharts(xlsx: Uint8Array, plan: LayoutPlan): Promise<Uint8Array> {
  const charted = plan.sheets.filter((s) => s.chart !== undefined);
  if (charted.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetFiles = await sheetFilesByName(zip);
  let n = 0;
  for (const sheet of charted) {
    if (sheet.chart === undefined) continue;
    const sheetFile = sheetFiles.get(sheet.name);
    if (sheetFile === undefined) throw new Error(`The package has no worksheet ${sheet.name}`);
    n += 1;
    const chart = chartParts(sheet.chart, sheet.name, freeName(zip, 'xl/drawings/drawing', n).path, freeName(zip, 'xl/charts/chart', n).path);
    for (const part of chart.parts) zip.file(part.path, part.xml);
    const relId = await addRelationship(zip, sheetFile, REL_DRAWING, chart.drawingTarget);
    await addDrawingElement(zip, sheetFile, relId);
    zip.file('[Content_Types].xml', withContentTypes(await text(zip, '[Content_Types].xml'), chart.contentTypes));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function freeName(zip: JSZip, stem: string, from: number): { path: string } {
  let n = from;
  while (zip.file(`${stem}${n}.xml`) !== null) n += 1;
  return { path: `${stem}${n}.xml` };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`The package has no ${path}`);
  return file.async('string');
}

/** Worksheet part paths by sheet name, from the workbook and its relationships. */
async function sheetFilesByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const files = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(m[0], 'r:id')) ?? '';
    files.set(unescapeXml(attribute(m[0], 'name')), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return files;
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function relsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items}</Relationships>`;
}

/** Adds a relationship to a part's .rels (made when missing) and returns its id. */
async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const existing = zip.file(relsPath) === null ? relsXml([]) : await text(zip, relsPath);
  const used = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdChart${n}`)) n += 1;
  const id = `rIdChart${n}`;
  zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`));
  return id;
}

/**
 * The worksheet's <drawing> element, where the schema wants it: after the page setup and
 * header/footer, before <legacyDrawing> (the cell notes) and the parts after it.
 */
async function addDrawingElement(zip: JSZip, part: string, relId: string): Promise<void> {
  const xml = await text(zip, part);
  if (!xml.includes(`xmlns:r="${NS.r}"`)) throw new Error(`${part} does not declare the relationships namespace`);
  const element = `<drawing r:id="${relId}"/>`;
  const before = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];
  const at = Math.min(...before.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  zip.file(part, `${xml.slice(0, at)}${element}${xml.slice(at)}`);
}

function drawingXml(chart: ChartPlan): string {
  const { fromRow, fromColumn, toRow, toColumn } = chart.anchor;
  const marker = (row: number, column: number): string => `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(fromRow, fromColumn)}</xdr:from><xdr:to>${marker(toRow, toColumn)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function runProperties(size: number, bold: boolean): string {
  return `sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT_NAME}"/>`;
}

function chartXml(chart: ChartPlan, sheetName: string): string {
  const ref = (a1: string): string => escapeXml(`${sheetPrefix(sheetName)}${toAbsolute(a1)}`);
  const strCache = (labels: readonly string[]): string =>
    `<c:strCache><c:ptCount val="${labels.length}"/>${labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeXml(l)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const numCache = (values: readonly number[]): string =>
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(s.nameCell)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length] ?? '1F4E79'}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f>${strCache(chart.categoryLabels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f>${numCache(s.cached)}</c:numRef></c:val></c:ser>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${runProperties(1200, true)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="da-DK" ${runProperties(1200, true)}</a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${runProperties(1000, false)}</a:defRPr></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
