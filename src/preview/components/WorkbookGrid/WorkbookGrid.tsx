/** A read-only view of the in-browser workbook: sheet tabs, and each sheet's displayed text with recalculated totals. */
import { Body1, Button, MessageBar, MessageBarBody, mergeClasses, Spinner, Subtitle2, Tab, TabList, useId } from '@fluentui/react-components';
import { columnLetters, localNumberText, spillRow } from '../../previewWorkbook';
import { useWorkbookGridStyles } from './WorkbookGrid.styles';
import { useWorkbookGrid, type WorkbookGridProps } from './useWorkbookGrid';

// Widths and indents come from the workbook's own data, so they are inline styles, not theme tokens.
/** Excel's indent is about three characters per level. */
const indentCh = (level: number): string => `${0.25 + level * 1.5}em`;

export function WorkbookGrid(props: WorkbookGridProps) {
  const model = useWorkbookGrid(props);
  const styles = useWorkbookGridStyles();
  const m = props.messages;
  const headingId = useId('grid-heading');
  const sheet = model.active;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="workbook">
      <div className={styles.toolbar}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {m.gridHeading}
        </Subtitle2>
        <Button onClick={model.download} disabled={!model.canDownload || model.downloading} data-testid="download">
          {m.download}
        </Button>
      </div>
      {model.downloadError === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{m.downloadFailed(model.downloadError)}</MessageBarBody>
        </MessageBar>
      )}
      {model.readError === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{m.unexpectedError(model.readError)}</MessageBarBody>
        </MessageBar>
      )}
      {model.sheets === undefined ? (
        <Spinner size="small" label={m.loading} />
      ) : (
        <div className={styles.tabs}>
          <TabList selectedValue={sheet?.name} onTabSelect={(_, data) => model.select(String(data.value))} aria-label={m.sheetTabs} size="small" data-testid="sheet-tabs">
            {model.sheets.map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
          </TabList>
        </div>
      )}
      {sheet === undefined || sheet.rows.length === 0 ? (
        model.sheets === undefined ? null : <Body1 className={styles.empty}>{m.gridEmpty}</Body1>
      ) : (
        <div className={styles.scroller} role="region" aria-label={m.gridCaption(sheet.name)} tabIndex={0}>
          <table className={styles.table} style={{ width: `${40 + sheet.columns.reduce((sum, c) => sum + (sheet.widths[c] ?? 64), 0)}px` }} data-testid="grid" data-sheet={sheet.name}>
            <caption className={styles.caption}>{m.gridCaption(sheet.name)}</caption>
            <colgroup>
              <col style={{ width: '40px' }} />
              {sheet.columns.map((c) => (
                <col key={c} style={{ width: `${sheet.widths[c] ?? 64}px` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className={styles.corner} />
                {sheet.columns.map((c) => (
                  <th key={c} scope="col" className={styles.columnHeader}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row, r) => (
                <tr key={r}>
                  <th scope="row" className={styles.rowHeader}>
                    {r + 1}
                  </th>
                  {spillRow(row, sheet.columns).map(({ column, span, cell }) => {
                    const address = `${columnLetters(column)}${r + 1}`;
                    if (cell === undefined) return <td key={column} colSpan={span} className={styles.cell} data-address={address} />;
                    return (
                      <td
                        key={column}
                        colSpan={span}
                        className={mergeClasses(styles.cell, styles[cell.align], cell.bold && styles.bold, cell.italic && styles.italic)}
                        style={cell.indent > 0 && cell.align === 'left' ? { paddingLeft: indentCh(cell.indent) } : undefined}
                        title={cell.formula}
                        data-address={address}
                      >
                        {cell.numeric ? localNumberText(cell.text, props.lang) : cell.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
