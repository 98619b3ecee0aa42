/**
 * Writing: the bar with "Write to workbook" that stays at the bottom of the pane (with why it
 * cannot write yet, or the progress), and the outcome: the result in the user's terms (sheets
 * and grand total, the workbook names behind "Technical details"), conflicts with a clear
 * choice, or a failure.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, mergeClasses, ProgressBar, useId } from '@fluentui/react-components';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { CellAddress } from '../CellAddress/CellAddress';
import { DataTable } from '../DataTable/DataTable';
import type { DataColumn } from '../DataTable/DataTable.types';
import { DismissAction } from '../DismissAction/DismissAction';
import { FailureBody } from '../FailureBody/FailureBody';
import { useSharedStyles } from '../shared.styles';
import { useWritePanelStyles } from './WritePanel.styles';
import { useWritePanel, WRITE_BUTTON, type ConflictRow, type WrittenTotal } from './useWritePanel';
import type { WritePanelProps } from './WritePanel.types';

/** Where focus goes when a write ends, whatever its outcome. */
export const WRITE_OUTCOME = 'write-outcome';
const outcomeTarget = { [FOCUS_TARGET]: WRITE_OUTCOME, tabIndex: -1 };

export function WriteBar(props: WritePanelProps) {
  const model = useWritePanel(props);
  const styles = useWritePanelStyles();
  const m = props.messages;
  const statusId = useId('write-status');
  const blocked = props.block !== undefined;
  return (
    <div className={styles.bar} data-testid="write-bar">
      <Button appearance="primary" className={styles.barButton} disabledFocusable={blocked} aria-describedby={statusId} onClick={() => props.onWrite(false)} data-testid="write-button" {...{ [FOCUS_TARGET]: WRITE_BUTTON }}>
        {m.writeButton}
      </Button>
      {model.progress === undefined ? null : (
        <ProgressBar value={model.progress.value} max={1} thickness="large" aria-labelledby={statusId} aria-valuetext={model.progress.phase} data-testid="write-progress" />
      )}
      <Caption1 id={statusId} className={styles.status} data-testid="write-status">
        {model.progress?.phase ?? model.blockedReason ?? model.ready}
      </Caption1>
    </div>
  );
}

export function WritePanel(props: WritePanelProps) {
  const model = useWritePanel(props);
  const styles = useWritePanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  if (model.written === undefined && model.conflicts === undefined && !model.kept && model.failure === undefined) return null;
  // Words and figures stay whole; a narrow pane scrolls the table instead of breaking them.
  const conflictColumns: DataColumn<ConflictRow>[] = [
    { key: 'cell', header: m.conflictCell, rowHeader: true, cellClassName: styles.cell, cell: (row) => <CellAddress cell={row.cell} /> },
    { key: 'kind', header: m.conflictKind, headerClassName: styles.whole, cellClassName: styles.whole, cell: (row) => row.kind },
    { key: 'written', header: m.conflictWritten, numeric: true, cell: (row) => row.written },
    { key: 'current', header: m.conflictCurrent, numeric: true, cell: (row) => row.current },
  ];
  return (
    <section aria-label={m.writeResultLabel} className={shared.section} data-testid="write-panel">
      {model.written === undefined ? null : (
        <MessageBar intent="success" layout="multiline" data-testid="write-result" {...outcomeTarget}>
          <MessageBarBody className={shared.messageBody}>
            <MessageBarTitle>{m.writtenHeading}</MessageBarTitle>
            <Body1>{m.writtenSheets(model.written.sheets.length)}</Body1>
            <ul className={shared.list} data-testid="written-sheets">
              {model.written.sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
            <DataTable
              caption={m.grandTotalCaption}
              scrollLabel={m.tableScrollLabel(m.grandTotalCaption)}
              columns={model.written.grandTotal.map((g, i) => ({ key: String(g.year), header: g.year, numeric: true, cell: (row: WrittenTotal[]) => row[i]?.value }))}
              rows={[model.written.grandTotal]}
              rowKey={() => 'grand'}
              testId="written-grand-total"
            />
            {model.written.nearLimit === undefined ? null : <Body1>{model.written.nearLimit}</Body1>}
            <details className={styles.details} data-testid="written-details">
              <summary className={styles.summary}>{m.technicalDetails}</summary>
              <Caption1>{m.namesHint}</Caption1>
              <ul className={mergeClasses(shared.list, shared.code)} data-testid="written-names">
                {model.written.names.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </details>
          </MessageBarBody>
          <DismissAction label={m.dismiss} onDismiss={props.onDismiss} />
        </MessageBar>
      )}
      {model.conflicts === undefined ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="write-conflicts" {...outcomeTarget}>
          <MessageBarBody className={shared.messageBody}>
            <MessageBarTitle>{m.conflictsHeading}</MessageBarTitle>
            <Body1>{model.conflicts.intro}</Body1>
            <DataTable
              caption={m.conflictsCaption}
              scrollLabel={m.tableScrollLabel(m.conflictsCaption)}
              columns={conflictColumns}
              rows={model.conflicts.rows}
              rowKey={(row) => row.key}
            />
            {model.conflicts.more === undefined ? null : <Caption1>{model.conflicts.more}</Caption1>}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onKeep} data-testid="keep-values">
              {m.keepValues}
            </Button>
            <Button appearance="primary" onClick={() => props.onWrite(true)} data-testid="overwrite">
              {m.overwrite}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {model.kept ? (
        <MessageBar intent="info" data-testid="write-kept" {...outcomeTarget}>
          <MessageBarBody>{m.keptNotice}</MessageBarBody>
          <DismissAction label={m.dismiss} onDismiss={props.onDismiss} />
        </MessageBar>
      ) : null}
      {model.failure === undefined ? null : (
        <MessageBar intent="error" layout="multiline" data-testid="write-failure" {...outcomeTarget}>
          <FailureBody lines={model.failure.lines} detail={model.failure.detail} detailLabel={m.errorDetail} />
          <DismissAction label={m.dismiss} onDismiss={props.onDismiss} />
        </MessageBar>
      )}
    </section>
  );
}
