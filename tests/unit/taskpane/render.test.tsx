/**
 * The pane's first render, on the server renderer (no DOM here; interaction is covered by
 * the e2e suite): it draws in the host's language, uses no Office, and shows nothing it
 * cannot do yet.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { buildModel } from '../../../src/core/model/buildModel';
import { BudgetPreview } from '../../../src/taskpane/components/BudgetPreview/BudgetPreview';
import { Pane } from '../../../src/taskpane/components/Pane/Pane';
import * as engine from '../../../src/taskpane/engine';
import { da } from '../../../src/taskpane/i18n/da';
import { en } from '../../../src/taskpane/i18n/en';
import { readTrustedFixture } from '../../helpers/fixtures';
import { NotInExcel } from '../../../src/taskpane/components/NotInExcel/NotInExcel';
import type { BuildResult, WorkbookHost } from '../../../src/taskpane/host/types';
import { WorkbookPanel } from '../../../src/taskpane/components/WorkbookPanel/WorkbookPanel';
import { WritePanel } from '../../../src/taskpane/components/WritePanel/WritePanel';
import type { RoundsModel } from '../../../src/taskpane/components/Pane/useRounds';
import { formatAmount } from '../../../src/taskpane/state/format';
import { initialRoundsState } from '../../../src/taskpane/state/roundsState';
import { initialWorkbookState } from '../../../src/taskpane/state/workbookState';
import type { Lines, TaskView, WorkbookView } from '../../../src/taskpane/state/workbookView';

function host(displayLanguage: string): WorkbookHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    kind: 'preview',
    displayLanguage,
    write: () => {
      calls.push('write');
      return Promise.reject(new Error('not in this test'));
    },
    readStoredDefinitions: () => {
      calls.push('read');
      return Promise.resolve(undefined);
    },
    readBack: () => {
      calls.push('readBack');
      return Promise.resolve(undefined);
    },
    repair: () => {
      calls.push('repair');
      return Promise.resolve({ status: 'noState' });
    },
    listSnapshots: () => {
      calls.push('listSnapshots');
      return Promise.resolve({ kind: 'listed', snapshots: [] });
    },
    saveSnapshot: () => {
      calls.push('saveSnapshot');
      return Promise.resolve({ kind: 'noTables' });
    },
    compareSnapshot: () => {
      calls.push('compareSnapshot');
      return Promise.resolve({ kind: 'noTables' });
    },
    watch: () => {
      calls.push('watch');
      return Promise.resolve(() => Promise.resolve());
    },
  };
}

const render = (node: React.ReactElement): string => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('in Danish for a Danish Office, with every load door and a disabled write button', () => {
  const h = host('da-DK');
  const html = render(<Pane host={h} />);
  const shown = text(html);
  for (const label of [
    'Budgettabeller',
    'Indlæs emner',
    'Vælg fil …',
    'Brug eksemplet',
    'Åbn definitionerne gemt i denne projektmappe',
    'Indsæt JSON eller CSV',
    'Skriv til projektmappen',
    'Indlæs emner først.',
    'Tabellerne i projektmappen',
    'Læs ændringer fra projektmappen',
    'Kontrollér projektmappen',
    'Reparér',
  ]) {
    expect(shown).toContain(label);
  }
  // Disabled but focusable, so a keyboard user reaches it and hears why (aria-describedby).
  expect(html).toMatch(/<button[^>]*data-testid="write-button"[^>]*aria-disabled="true"/);
  // The file picker comes first; the sample, stored definitions and paste box are one step away.
  expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*data-testid="more-load-ways"|<button[^>]*data-testid="more-load-ways"[^>]*aria-expanded="false"/);
  expect(html).toMatch(/<div[^>]*hidden=""[^>]*>.*Brug eksemplet/);
  expect(html).toContain('accept=".json,.csv,application/json,text/csv"');
  // Nothing loaded yet: no report, preview or options; nothing read from the workbook, so
  // no live totals and no "changed" mark; the host is not called to draw.
  expect(html).not.toContain('data-testid="validation-report"');
  expect(html).not.toContain('data-testid="options"');
  expect(html).not.toContain('data-testid="live-totals"');
  expect(html).not.toContain('data-testid="workbook-changed"');
  expect(h.calls).toEqual([]);
});

test('in English for an English Office, and Danish when Office does not say', () => {
  const english = text(render(<Pane host={host('en-US')} />));
  expect(english).toContain('Load initiatives');
  expect(english).toContain('Read changes from the workbook');
  expect(text(render(<Pane host={host('')} />))).toContain('Indlæs emner');
});

test('outside Excel: the notice in the browser’s language, with the way to the preview', () => {
  const html = render(<NotInExcel language="en-GB" />);
  expect(text(html)).toContain('The pane is not running in Excel');
  expect(html).toContain('href="preview.html"');
  expect(text(render(<NotInExcel language="da" failure="office.js" />))).toContain('Office kunne ikke startes: office.js');
});

describe('[L14] [L15] the preview shows the seminar\'s choices', () => {
  const model = buildModel(readTrustedFixture('valid-pools'));
  const preview = (lang: 'da' | 'en') =>
    text(render(<BudgetPreview engine={engine} messages={lang === 'da' ? da : en} lang={lang} model={model} selected={['sund', 'ru']} decimals={1} untitled={false} />));

  test('Danish: Heraf valgt under each I alt, the initiatives left out, and the overspent pool said in words', () => {
    const shown = preview('da');
    expect(shown).toContain('Sundhed · 3 emner I alt 16,0 18,0 Heraf valgt 9,0 11,0');
    expect(shown).toContain('I alt, heraf valgt 14,0 16,0');
    expect(shown).toContain('Fravalgte forslag (Med: Nej) 3 Flere jordemødre ( Sundhed ) 1 Natbusser ( Regional Udvikling )');
    expect(shown).toContain('Puljen 15,0 12,0 Heraf valgt 14,0 16,0 Tilbage Puljen er overskredet 1,0 -4,0');
  });

  test('English: Of which chosen, Include: No, and Left with the pool overspent', () => {
    const shown = preview('en');
    expect(shown).toContain('Total 16.0 18.0 Of which chosen 9.0 11.0');
    expect(shown).toContain('Initiatives left out (Include: No) 3 Flere jordemødre ( Sundhed )');
    expect(shown).toContain('Left The pool is overspent 1.0 -4.0');
  });

  test('a file without choices or pools shows none of it', () => {
    const plain = buildModel(readTrustedFixture('valid-features'));
    const shown = text(render(<BudgetPreview engine={engine} messages={da} lang="da" model={plain} selected={plain.committees.map((c) => c.id)} decimals={1} untitled={false} />));
    expect(shown).not.toContain('Heraf valgt');
    expect(shown).not.toContain('Fravalgte forslag');
  });
});

describe('the workbook section and the write result draw their tables with the same markup', () => {
  const noop = (): void => undefined;
  const diff: Lines = {
    lines: [
      { key: 'a', cell: 'Hospitalsudvalget!D11', text: 'Beløb ændret: "Flash glukosemåler" 2020: 10,5 mio. kr. → 11 mio. kr.' },
      { key: 'b', cell: 'Hospitalsudvalget!B20', text: 'Tilføjet: "Ny pulje til rekruttering"' },
    ],
    total: 102,
    more: '… og 100 mere.',
  };
  const readBack: TaskView = { kind: 'readBack', interrupted: false, diff, notices: { lines: [], total: 0, more: undefined }, problems: [], canApply: true, applied: false, csvLimits: [] };
  const panel = (task: TaskView): string => {
    const view: WorkbookView = { live: undefined, task, watchFailed: undefined, fault: undefined };
    const fake: typeof engine = { ...engine, workbookView: () => view };
    const rounds: RoundsModel = { state: initialRoundsState(), busy: false, actions: { save: noop, compare: noop, dismiss: noop } };
    const actions = { readBack: noop, check: noop, repair: noop, apply: noop, dismiss: noop, dismissFault: noop };
    return render(<WorkbookPanel engine={fake} messages={da} lang="da" state={initialWorkbookState()} changed={false} busy={false} tables="unknown" actions={actions} rounds={rounds} announce={noop} />);
  };

  test('a read-back: each change’s cell is its row’s heading, the columns are scoped, the rest is counted under the table', () => {
    const html = panel(readBack);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toMatch(/^<table class="[^"]+" data-testid="diff-table"><caption class="[^"]+">Ændringer i tabellerne<\/caption>/);
    expect(table).toMatch(/<th scope="col" class="[^"]+">Celle<\/th><th scope="col" class="[^"]+">Ændring<\/th>/);
    // The address may break after the sheet's name, never inside it.
    expect(table).toMatch(/<th scope="row" class="[^"]+">Hospitalsudvalget!<wbr\/>D11<\/th><td class="[^"]+">Beløb ændret: &quot;Flash glukosemåler&quot; 2020: 10,5 mio. kr. → 11 mio. kr.<\/td>/);
    expect(table.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toMatch(/<\/table><span class="[^"]+">… og 100 mere.<\/span><\/div>/);
    expect(text(html)).toContain('Ændringer siden sidste skrivning (102)');
  });

  test('a check and a repair: the findings, restored and kept cells in tables of their own', () => {
    const findings: TaskView = { kind: 'checked', findings: diff };
    expect(panel(findings)).toContain('data-testid="finding-table"');
    const repaired = panel({ kind: 'repaired', restored: diff, kept: diff, after: diff, canApply: true, applied: false, csvLimits: [] });
    expect(['restored-table', 'kept-table', 'finding-table'].map((id) => repaired.includes(`data-testid="${id}"`))).toEqual([true, true, true]);
    expect(repaired.match(/<th scope="row"/g)).toHaveLength(6);
  });

  test('written: the grand total per year, formatted as the pane formats amounts, under the years as column headings', () => {
    const result: BuildResult = { status: 'written', sheets: ['Oversigt'], names: [], conflicts: [], grandTotal: [1234.5, -3], stateBytes: 10, stateNearLimit: false };
    const html = render(<WritePanel messages={da} lang="da" write={{ status: 'written', result }} block={undefined} years={[2020, 2021]} decimals={1} sheetCount={1} onWrite={noop} onKeep={noop} onDismiss={noop} />);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toMatch(/data-testid="written-grand-total"><caption class="[^"]+">I alt pr. år<\/caption>/);
    expect(table.match(/<th scope="col" class="[^"]+">(\d+)<\/th>/g)?.map((th) => th.replace(/<[^>]+>/g, ''))).toEqual(['2020', '2021']);
    expect(table.match(/<td class="[^"]+">([^<]+)<\/td>/g)?.map((td) => td.replace(/<[^>]+>/g, ''))).toEqual([formatAmount(1234.5, 'da', 1), formatAmount(-3, 'da', 1)]);
    expect(table).not.toContain('scope="row"');
  });
});
