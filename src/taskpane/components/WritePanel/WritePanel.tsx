/** "Write to workbook": progress while writing, the result, conflicts with a clear choice, failures. */
import { TableScroll } from '../TableScroll';
import { Body1, Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, mergeClasses, ProgressBar, Subtitle2, useId } from '@fluentui/react-components';
import { useSharedStyles } from '../shared.styles';
import { useWritePanelStyles } from './WritePanel.styles';
import { useWritePanel, type WritePanelProps } from './useWritePanel';

export function WritePanel(props: WritePanelProps) {
  const model = useWritePanel(props);
  const styles = useWritePanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('write-heading');
  const reasonId = useId('write-reason');
  const writing = props.write.status === 'writing';
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="write-panel">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.writeHeading}
      </Subtitle2>
      <Caption1>{m.writeHint}</Caption1>
      <div className={shared.buttonRow}>
        <Button appearance="primary" disabled={props.block !== undefined} aria-describedby={model.blockedReason === undefined ? undefined : reasonId} onClick={() => props.onWrite(false)} data-testid="write-button">
          {m.writeButton}
        </Button>
      </div>
      {model.blockedReason === undefined || writing ? null : (
        <Caption1 id={reasonId} className={styles.blocked}>
          {model.blockedReason}
        </Caption1>
      )}
      <div aria-live="polite">
        {model.progress === undefined ? null : (
          <Field label={m.progressLabel} hint={model.progress.phase}>
            <ProgressBar value={model.progress.value} max={1} thickness="large" aria-valuetext={model.progress.phase} data-testid="write-progress" />
          </Field>
        )}
      </div>
      {model.written === undefined ? null : (
        <MessageBar intent="success" layout="multiline" data-testid="write-result">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{m.writtenHeading}</MessageBarTitle>
            <Body1>{model.written.summary}</Body1>
            <Body1>
              <strong>{m.sheetsLabel}:</strong> {model.written.sheets.join(', ')}
            </Body1>
            <Body1>
              <strong>{m.namesLabel}:</strong> <span className={shared.code}>{model.written.names.join(', ')}</span>
            </Body1>
            <TableScroll label={m.tableScrollLabel(m.grandTotalCaption)}>
              <table className={shared.table} data-testid="written-grand-total">
                <caption className={shared.caption}>{m.grandTotalCaption}</caption>
                <thead>
                  <tr>
                    {model.written.grandTotal.map((g) => (
                      <th key={g.year} scope="col" className={mergeClasses(shared.th, shared.num)}>
                        {g.year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    {model.written.grandTotal.map((g) => (
                      <td key={g.year} className={shared.num}>
                        {g.value}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </TableScroll>
            {model.written.nearLimit === undefined ? null : <Body1>{model.written.nearLimit}</Body1>}
          </MessageBarBody>
        </MessageBar>
      )}
      {model.conflicts === undefined ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="write-conflicts">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{m.conflictsHeading}</MessageBarTitle>
            <Body1>{model.conflicts.intro}</Body1>
            <TableScroll label={m.tableScrollLabel(m.conflictsCaption)}>
              <table className={shared.table}>
                <caption className={shared.caption}>{m.conflictsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={shared.th}>
                      {m.conflictCell}
                    </th>
                    <th scope="col" className={shared.th}>
                      {m.conflictKind}
                    </th>
                    <th scope="col" className={shared.th}>
                      {m.conflictWritten}
                    </th>
                    <th scope="col" className={shared.th}>
                      {m.conflictCurrent}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {model.conflicts.rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row" className={mergeClasses(shared.td, shared.code)}>
                        {row.cell}
                      </th>
                      <td className={shared.td}>{row.kind}</td>
                      <td className={shared.td}>{row.written}</td>
                      <td className={shared.td}>{row.current}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
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
        <MessageBar intent="info" data-testid="write-kept">
          <MessageBarBody>{m.keptNotice}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismiss}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {model.failure === undefined ? null : (
        <MessageBar intent="error" layout="multiline" data-testid="write-failure">
          <MessageBarBody className={styles.body}>
            {model.failure.lines.map((line, i) => (
              <Body1 key={i}>{line}</Body1>
            ))}
            {model.failure.detail === undefined ? null : (
              <span className={styles.detail}>
                {m.errorDetail}: {model.failure.detail}
              </span>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismiss}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
