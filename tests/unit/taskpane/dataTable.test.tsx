/**
 * The pane's one table component on the server renderer: the markup screen readers and the
 * e2e tests rely on (caption, scopes, row headings, test ids), the alignment of figures, row
 * groups and totals, and the empty state. The scroll region's behaviour needs layout and is
 * covered by the e2e suite at 320 px.
 */
import { FluentProvider, mergeClasses, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { DataTable } from '../../../src/taskpane/components/DataTable/DataTable';
import { useDataTableStyles } from '../../../src/taskpane/components/DataTable/DataTable.styles';
import type { DataColumn, DataTableProps } from '../../../src/taskpane/components/DataTable/DataTable.types';
import { yearColumns, yearRowAttributes, yearRowKey, type YearRow } from '../../../src/taskpane/components/DataTable/yearColumns';

let classes: ReturnType<typeof useDataTableStyles> | undefined;
/** Reads the table's own classes as rendered, to tell which cells are aligned as figures. */
function StylesProbe() {
  classes = useDataTableStyles();
  return null;
}

function render<Row>(props: DataTableProps<Row>): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <StylesProbe />
      <DataTable {...props} />
    </FluentProvider>,
  );
}

function probed(): ReturnType<typeof useDataTableStyles> {
  if (classes === undefined) throw new Error('the styles were not rendered');
  return classes;
}

/** The atomic classes (one CSS declaration each) a cell carries, without Griffel's bookkeeping class. */
const atoms = (className: string | undefined): string[] =>
  (className ?? '')
    .split(' ')
    .filter((c) => c !== '' && !c.startsWith('___'))
    .sort();
/** Whether a cell is drawn exactly as the given styles merged in this order. */
const styledAs = (cell: Cell | undefined, ...styles: string[]): boolean => JSON.stringify(atoms(cell?.attributes.class)) === JSON.stringify(atoms(mergeClasses(...styles)));

interface Cell {
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every th and td in document order, with its attributes and its text. */
function cells(html: string): Cell[] {
  const found: Cell[] = [];
  for (const match of html.matchAll(/<(th|td)((?:\s[^>]*)?)>(.*?)<\/\1>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) attributes[a[1] ?? ''] = a[2] ?? '';
    found.push({ tag: match[1] ?? '', attributes, text: (match[3] ?? '').replace(/<[^>]+>/g, '') });
  }
  return found;
}

const pool: YearRow[] = [
  { key: 'amounts', label: 'Puljen', values: ['15,0', '12,0'] },
  { key: 'left', label: 'Tilbage', values: ['1,0', '-4,0'], negative: [false, true], attributes: { className: 'left-row', 'data-testid': 'left' } },
];

/** What a test changes of the pool's table: its rows, its empty state, a foot. */
interface PoolTableChanges {
  rows?: readonly YearRow[];
  empty?: string;
  footer?: readonly YearRow[];
}

const poolTable = (changes: PoolTableChanges = {}): string =>
  render<YearRow>({
    caption: 'Pulje til sundhed',
    scrollLabel: 'Tabel: Pulje til sundhed',
    columns: yearColumns([2020, 2021], { negativeClassName: 'negative-figure' }),
    rows: pool,
    rowKey: yearRowKey,
    rowAttributes: yearRowAttributes,
    testId: 'preview-pool',
    tableAttributes: { 'data-pool': 'p1', 'data-overspent': true },
    ...changes,
  });

test('the caption above the table, the column headings scoped to their columns, an empty corner cell above the row headings', () => {
  const html = poolTable();
  expect(html).toMatch(/<caption class="[^"]+">Pulje til sundhed<\/caption>/);
  const head = cells(html.slice(html.indexOf('<thead>'), html.indexOf('</thead>')));
  expect(head.map((c) => [c.tag, c.attributes.scope, c.text])).toEqual([
    ['td', undefined, ''],
    ['th', 'col', '2020'],
    ['th', 'col', '2021'],
  ]);
});

test('each row is named by its heading cell (th scope="row"), beside its figures as given', () => {
  const body = cells(poolTable().split('<tbody')[1] ?? '');
  expect(body.map((c) => [c.tag, c.attributes.scope, c.text])).toEqual([
    ['th', 'row', 'Puljen'],
    ['td', undefined, '15,0'],
    ['td', undefined, '12,0'],
    ['th', 'row', 'Tilbage'],
    ['td', undefined, '1,0'],
    ['td', undefined, '-4,0'],
  ]);
});

test('figures are right-aligned in their headings and cells, words are not, and a warning figure has its class', () => {
  const all = cells(poolTable());
  const { th, td, num } = probed();
  const [corner, year2020, , label, first, , , , negative] = all;
  expect(styledAs(corner, th)).toBe(true);
  expect(styledAs(year2020, th, num)).toBe(true);
  expect(styledAs(label, td)).toBe(true);
  expect(styledAs(first, num)).toBe(true);
  expect(styledAs(negative, num, 'negative-figure')).toBe(true);
  // Right-aligned is not left-aligned: the figure's heading is not drawn as a plain heading.
  expect(styledAs(year2020, th)).toBe(false);
  expect(negative?.text).toBe('-4,0');
  expect(negative?.attributes.class).toContain('negative-figure');
});

test('the test id and data attributes on the table, a row’s own class and test id on its tr', () => {
  const html = poolTable();
  expect(html).toMatch(/<table class="[^"]+" data-testid="preview-pool" data-pool="p1" data-overspent="true">/);
  expect(html).toContain('<tr class="left-row" data-testid="left">');
  // Outside a browser nothing is measured: the box is not a scroll region, so it is no tab stop.
  expect(html).toContain('data-scrolls="false"');
  expect(html).not.toContain('role="region"');
});

test('groups: a tbody each under a heading across the table (th scope="rowgroup"), a note under it, totals in the tfoot', () => {
  const columns = yearColumns([2020, 2021]);
  const html = render<YearRow>({
    caption: 'Totaler',
    scrollLabel: 'Tabel: Totaler',
    columns,
    groups: [
      { key: 'sund', heading: 'Sundhed', note: 'Beløb ændret', className: 'muted-group', rows: [{ key: 'total', label: 'I alt', values: ['16,0', '18,0'], attributes: { 'data-committee': 'sund' } }] },
      { key: 'ru', heading: 'Regional Udvikling', rows: [{ key: 'total', label: 'I alt', values: ['1,0', '2,0'] }] },
    ],
    footer: [{ key: 'grand', label: 'I alt, alle udvalg', values: ['17,0', '20,0'], attributes: { 'data-testid': 'grand' } }],
    rowKey: yearRowKey,
    rowAttributes: yearRowAttributes,
    testId: 'totals',
  });
  expect(html.match(/<tbody/g)).toHaveLength(2);
  expect(html).toContain('<tbody class="muted-group">');
  const headings = cells(html).filter((c) => c.attributes.scope === 'rowgroup');
  expect(headings.map((c) => [c.text, c.attributes.colSpan])).toEqual([
    ['Sundhed', '3'],
    ['Regional Udvikling', '3'],
  ]);
  expect(cells(html).find((c) => c.text === 'Beløb ændret')?.attributes).toMatchObject({ colSpan: '3' });
  expect(html).toContain('<tr data-committee="sund">');
  const foot = cells(html.slice(html.indexOf('<tfoot>'), html.indexOf('</tfoot>')));
  expect(foot.map((c) => [c.tag, c.attributes.scope, c.text])).toEqual([
    ['th', 'row', 'I alt, alle udvalg'],
    ['td', undefined, '17,0'],
    ['td', undefined, '20,0'],
  ]);
  expect(html).toMatch(/<tr data-testid="grand">/);
});

test('no rows: the empty state in one cell across the table, or an empty body when none is given; no tfoot unless asked', () => {
  const withEmpty = poolTable({ rows: [], empty: 'Ingen puljer' });
  const empty = cells(withEmpty.split('<tbody')[1] ?? '');
  expect(empty.map((c) => [c.tag, c.attributes.colSpan, c.attributes['data-testid'], c.text])).toEqual([['td', '3', 'preview-pool-empty', 'Ingen puljer']]);
  expect(poolTable({ rows: [] })).toContain('<tbody></tbody>');
  // Groups without rows, or none at all: the empty state once, not once per group.
  for (const groups of [[], [{ key: 'a', heading: 'Sundhed', rows: [] }, { key: 'b', heading: 'Regional Udvikling', rows: [] }]]) {
    const html = render<YearRow>({ caption: 'Totaler', scrollLabel: 'Tabel: Totaler', columns: yearColumns([2020]), groups, rowKey: yearRowKey, empty: 'Ingen udvalg' });
    expect(html.match(/<tbody/g)).toHaveLength(1);
    expect(cells(html.split('<tbody')[1] ?? '').map((c) => [c.attributes.colSpan, c.text])).toEqual([['2', 'Ingen udvalg']]);
  }
  expect(withEmpty).not.toContain('<tfoot');
  expect(poolTable({ footer: [] })).toContain('<tfoot></tfoot>');
});

test('text columns: headings of their own, a cell rendered per row, classes per column, and words under the table', () => {
  interface Change {
    key: string;
    cell: string;
    text: string;
  }
  const columns: DataColumn<Change>[] = [
    { key: 'cell', header: 'Celle', rowHeader: true, cellClassName: 'address', cell: (row) => row.cell },
    { key: 'text', header: 'Ændring', headerClassName: 'whole', cell: (row) => row.text },
  ];
  const html = render<Change>({
    caption: 'Ændringer',
    scrollLabel: 'Tabel: Ændringer',
    columns,
    rows: [{ key: 'a', cell: 'Sundhed!D11', text: 'Beløb ændret' }],
    rowKey: (row) => row.key,
    footnote: <span data-testid="more">… og 3 mere.</span>,
    testId: 'diff-table',
  });
  const all = cells(html);
  expect(all.map((c) => [c.tag, c.attributes.scope, c.text])).toEqual([
    ['th', 'col', 'Celle'],
    ['th', 'col', 'Ændring'],
    ['th', 'row', 'Sundhed!D11'],
    ['td', undefined, 'Beløb ændret'],
  ]);
  expect(all[1]?.attributes.class).toContain('whole');
  expect(all[2]?.attributes.class).toContain('address');
  expect(html).toMatch(/<\/table><span data-testid="more">… og 3 mere.<\/span><\/div>/);
});
