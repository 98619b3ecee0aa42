/**
 * The tables in the workbook after they are written: the totals as they are now (live),
 * "changed in the workbook", and read back, check and repair with what each found.
 */
import { TableScroll } from '../TableScroll';
import { ChoicesSummary } from '../ChoicesSummary/ChoicesSummary';
import { RoundsPanel } from '../RoundsPanel/RoundsPanel';
import { TotalsTable } from '../TotalsTable';
import { CellAddress } from '../CellAddress';
import { ProblemList } from '../ProblemList';
import { DismissAction } from '../DismissAction';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  ProgressBar,
  Spinner,
  Subtitle2,
  useId,
} from '@fluentui/react-components';
import type { ProblemLine } from '../../i18n/problems';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { useSharedStyles } from '../shared.styles';
import { useWorkbookPanelStyles } from './WorkbookPanel.styles';
import { useWorkbookPanel, WORKBOOK_OUTCOME, WORKBOOK_TOOLS, type Lines, type TaskView, type WorkbookPanelProps } from './useWorkbookPanel';

export function WorkbookPanel(props: WorkbookPanelProps) {
  const model = useWorkbookPanel(props);
  const styles = useWorkbookPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('workbook-heading');
  const liveId = useId('live-heading');
  const toolsReasonId = useId('tools-reason');
  const csvLimitsId = useId('csv-limits');
  const view = model.view;

  /** A list of changes or findings: where (sheet and cell) beside what. */
  const lineTable = (caption: string, lines: Lines, testId: string) => (
    <TableScroll label={m.tableScrollLabel(caption)}>
      <table className={shared.table} data-testid={testId}>
        <caption className={shared.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={shared.th}>
              {m.cellColumn}
            </th>
            <th scope="col" className={shared.th}>
              {m.changeColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.lines.map((line) => (
            <tr key={line.key}>
              <th scope="row" className={mergeClasses(shared.td, styles.cell)}>
                <CellAddress cell={line.cell} />
              </th>
              <td className={mergeClasses(shared.td, styles.change)}>{line.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.more === undefined ? null : <Caption1>{lines.more}</Caption1>}
    </TableScroll>
  );

  // Read-back problems come from the workbook's own definitions: the path is shown with each.
  const problemList = (problems: ProblemLine[], testId: string) => <ProblemList lines={problems} showPaths pathLabel={m.pathLabel} testId={testId} />;

  const applyAndExport = (task: Extract<TaskView, { kind: 'readBack' | 'repaired' }>, showApply: boolean) => (
    <>
      {task.applied ? (
        <MessageBar intent="success" data-testid="applied-note">
          <MessageBarBody>{m.appliedNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={shared.buttonRow}>
        {showApply ? (
          <Button appearance="primary" disabled={props.busy || !task.canApply} onClick={props.actions.apply} data-testid="apply-read-back">
            {m.applyButton}
          </Button>
        ) : null}
        <Button disabled={props.busy} onClick={model.exportJson} data-testid="export-json">
          {m.exportJson}
        </Button>
        <Button disabled={props.busy || task.csvLimits.length > 0} aria-describedby={task.csvLimits.length > 0 ? csvLimitsId : undefined} onClick={model.exportCsv} data-testid="export-csv">
          {m.exportCsv}
        </Button>
      </div>
      {showApply && task.canApply ? <Caption1>{m.applyHint}</Caption1> : null}
      {task.csvLimits.length === 0 ? null : (
        <div id={csvLimitsId} className={shared.messageBody}>
          <Caption1>{m.csvLimitsHeading}</Caption1>
          <ul className={shared.list} data-testid="csv-limits">
            {task.csvLimits.map((reason, i) => (
              <li key={i}>
                <Caption1>{reason}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {model.exportError === undefined ? null : (
        <MessageBar intent="error" data-testid="export-failure">
          <MessageBarBody>{m.downloadFailed(model.exportError)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );

  const task = (t: TaskView) => {
    switch (t.kind) {
      case 'none':
        return null;
      case 'working':
        return t.progress === undefined ? (
          <Spinner size="tiny" label={t.label} data-testid="workbook-working" />
        ) : (
          <Field label={t.label} hint={t.progress.phase}>
            <ProgressBar value={t.progress.value} max={1} thickness="large" aria-valuetext={t.progress.phase} data-testid="workbook-progress" />
          </Field>
        );
      case 'noTables':
        return (
          <MessageBar intent="info" data-testid="no-tables">
            <MessageBarBody>{t.text}</MessageBarBody>
            <DismissAction label={m.dismiss} onDismiss={props.actions.dismiss} />
          </MessageBar>
        );
      case 'readBack':
        return (
          <div className={styles.result} data-testid="read-back-result">
            {t.interrupted ? (
              <MessageBar intent="warning">
                <MessageBarBody>{m.interrupted}</MessageBarBody>
              </MessageBar>
            ) : t.diff.lines.length === 0 ? (
              <MessageBar intent="info" data-testid="no-changes">
                <MessageBarBody>{m.noChanges}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <Body1 as="h3" className={shared.subheading}>
                  <strong>{m.diffHeading(t.diff.total)}</strong>
                </Body1>
                {lineTable(m.diffCaption, t.diff, 'diff-table')}
              </>
            )}
            {t.notices.total === 0 ? null : lineTable(m.noticesHeading(t.notices.total), t.notices, 'notice-table')}
            {t.problems.length === 0 ? null : (
              <MessageBar intent="error" layout="multiline" data-testid="read-back-problems">
                <MessageBarBody className={shared.messageBody}>
                  <Body1>{m.readBackErrors(t.problems.length)}</Body1>
                  {problemList(t.problems, 'read-back-problem-list')}
                </MessageBarBody>
              </MessageBar>
            )}
            {applyAndExport(t, true)}
          </div>
        );
      case 'checked':
        return (
          <div className={styles.result} data-testid="check-result">
            {t.findings.lines.length === 0 ? (
              <MessageBar intent="success" data-testid="check-ok">
                <MessageBarBody>{m.checkOk}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{m.findingsHeading(t.findings.total)}</MessageBarBody>
                </MessageBar>
                {lineTable(m.findingsCaption, t.findings, 'finding-table')}
              </>
            )}
          </div>
        );
      case 'repaired':
        return (
          <div className={styles.result} data-testid="repair-result">
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody className={shared.messageBody}>
                <MessageBarTitle>{m.repairedHeading}</MessageBarTitle>
                {t.restored.lines.length === 0 ? <Body1>{m.repairedNothing}</Body1> : null}
                {t.after !== undefined && t.after.lines.length === 0 ? <Body1 data-testid="repair-check-ok">{m.checkOk}</Body1> : null}
              </MessageBarBody>
            </MessageBar>
            {t.restored.total === 0 ? null : lineTable(m.repairedRestored(t.restored.total), t.restored, 'restored-table')}
            {t.kept.total === 0 ? null : lineTable(m.repairedKept(t.kept.total), t.kept, 'kept-table')}
            {t.after === undefined || t.after.lines.length === 0 ? null : (
              <>
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{m.findingsHeading(t.after.total)}</MessageBarBody>
                </MessageBar>
                {lineTable(m.findingsCaption, t.after, 'finding-table')}
              </>
            )}
            {t.canApply ? <Caption1>{m.repairedApplyHint}</Caption1> : null}
            {/* Only edits the repair kept make definitions the pane does not have yet. */}
            {t.kept.total > 0 ? applyAndExport(t, true) : null}
          </div>
        );
      case 'repairInvalid':
        return (
          <MessageBar intent="error" layout="multiline" data-testid="repair-invalid">
            <MessageBarBody className={shared.messageBody}>
              <Body1>{m.repairInvalid}</Body1>
              {problemList(t.problems, 'repair-problem-list')}
            </MessageBarBody>
          </MessageBar>
        );
      case 'failed':
        return (
          <MessageBar intent="error" layout="multiline" data-testid="workbook-failure">
            <MessageBarBody className={shared.messageBody}>
              <MessageBarTitle>{t.title}</MessageBarTitle>
              {t.lines.map((line, i) => (
                <Body1 key={i}>{line}</Body1>
              ))}
              {t.detail === undefined ? null : (
                <span className={styles.detail}>
                  {m.errorDetail}: {t.detail}
                </span>
              )}
            </MessageBarBody>
            <DismissAction label={m.dismiss} onDismiss={props.actions.dismiss} />
          </MessageBar>
        );
    }
  };

  const live = view?.live;
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="workbook-panel" data-watch={props.state.watch.status}>
      <div className={styles.headingRow}>
        <Subtitle2 as="h2" id={headingId} className={shared.heading}>
          {m.workbookHeading}
        </Subtitle2>
        {props.changed ? (
          <Badge appearance="filled" color="warning" data-testid="workbook-changed">
            {m.changedBadge}
          </Badge>
        ) : null}
      </div>
      <Caption1>{props.changed ? m.changedHint : m.workbookHint}</Caption1>
      {live === undefined ? null : (
        <div className={styles.result}>
          <div className={mergeClasses(shared.subheading, styles.headingRow)}>
            <Body1 as="h3" id={liveId} className={shared.heading}>
              <strong>{m.liveHeading}</strong>
            </Body1>
            {live.updating ? <Spinner size="extra-tiny" label={m.liveUpdating} data-testid="live-updating" /> : null}
          </div>
          {live.totals === undefined ? null : (
            <TotalsTable
              years={live.totals.years}
              rows={live.totals.committees.map((c) => ({ id: c.id, name: c.name, total: c.values, ...(c.chosen === undefined ? {} : { chosen: c.chosen }) }))}
              grand={{ label: m.grandTotalAll, total: live.totals.grand, ...(live.totals.grandChosen === undefined ? {} : { chosen: live.totals.grandChosen }) }}
              caption={m.totalsCaption}
              messages={m}
              testId="live-totals"
              grandTestId="live-grand-total"
            />
          )}
          {live.totals?.choices === undefined ? null : <ChoicesSummary years={live.totals.years} choices={live.totals.choices} messages={m} testId="live" />}
          {live.errors === undefined ? null : (
            <MessageBar intent="error" data-testid="live-errors">
              <MessageBarBody>{live.errors}</MessageBarBody>
            </MessageBar>
          )}
          {live.failed === undefined ? null : (
            <MessageBar intent="error" data-testid="live-failed">
              <MessageBarBody>{live.failed}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <div className={shared.buttonRow}>
        <Button disabledFocusable={model.toolsBlocked} onClick={props.actions.readBack} aria-describedby={toolsReasonId} data-testid="read-back" {...{ [FOCUS_TARGET]: WORKBOOK_TOOLS }}>
          {m.readBackButton}
        </Button>
        <Button disabledFocusable={model.toolsBlocked} onClick={props.actions.check} aria-describedby={toolsReasonId} data-testid="check-workbook">
          {m.checkButton}
        </Button>
        <Button disabledFocusable={model.toolsBlocked} onClick={props.actions.repair} aria-describedby={toolsReasonId} data-testid="repair-workbook">
          {m.repairButton}
        </Button>
      </div>
      <Caption1 id={toolsReasonId} data-testid="workbook-tools-reason">
        {props.tables === 'none' ? m.noTables : m.repairHint}
      </Caption1>
      {view === undefined || view.task.kind === 'none' ? null : (
        <div className={styles.result} tabIndex={-1} {...{ [FOCUS_TARGET]: WORKBOOK_OUTCOME }} data-testid="workbook-outcome">
          {task(view.task)}
        </div>
      )}
      {props.tables === 'present' ? (
        <RoundsPanel engine={props.engine} messages={m} lang={props.lang} state={props.rounds.state} busy={props.busy} actions={props.rounds.actions} announce={props.announce} />
      ) : null}
      {view?.watchFailed === undefined ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="watch-failed">
          <MessageBarBody>{view.watchFailed}</MessageBarBody>
        </MessageBar>
      )}
      {view?.fault === undefined ? null : (
        <MessageBar intent="error" data-testid="workbook-fault">
          <MessageBarBody>{view.fault}</MessageBarBody>
          <DismissAction label={m.dismiss} onDismiss={props.actions.dismissFault} />
        </MessageBar>
      )}
    </section>
  );
}
