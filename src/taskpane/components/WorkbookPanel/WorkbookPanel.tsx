/**
 * The tables in the workbook after they are written: the totals as they are now (live),
 * "changed in the workbook", the tools (read back, check, repair) with the answer to the
 * last of them, and the seminar's rounds.
 */
import { Badge, Caption1, MessageBar, MessageBarBody, Subtitle2, useId } from '@fluentui/react-components';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { DismissAction } from '../DismissAction/DismissAction';
import { RoundsPanel } from '../RoundsPanel/RoundsPanel';
import { useSharedStyles } from '../shared.styles';
import type { TaskView } from '../../state/workbookView';
import { CheckResult } from './CheckResult/CheckResult';
import { LiveTotals } from './LiveTotals/LiveTotals';
import { ReadBackResult } from './ReadBackResult/ReadBackResult';
import { RepairResult } from './RepairResult/RepairResult';
import { NoTables, RepairInvalid, TaskFailure, TaskWorking } from './TaskStatus/TaskStatus';
import { WorkbookTools } from './WorkbookTools/WorkbookTools';
import { useWorkbookPanelStyles } from './WorkbookPanel.styles';
import type { WorkbookPanelProps } from './WorkbookPanel.types';
import { useWorkbookPanel, WORKBOOK_OUTCOME } from './useWorkbookPanel';

export function WorkbookPanel(props: WorkbookPanelProps) {
  const model = useWorkbookPanel(props);
  const styles = useWorkbookPanelStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('workbook-heading');
  const { view, exports } = model;
  const { actions, busy } = props;

  const outcome = (task: TaskView) => {
    switch (task.kind) {
      case 'none':
        return null;
      case 'working':
        return <TaskWorking task={task} />;
      case 'noTables':
        return <NoTables task={task} messages={m} onDismiss={actions.dismiss} />;
      case 'readBack':
        return <ReadBackResult result={task} messages={m} busy={busy} onApply={actions.apply} exports={exports} />;
      case 'checked':
        return <CheckResult result={task} messages={m} />;
      case 'repaired':
        return <RepairResult result={task} messages={m} busy={busy} onApply={actions.apply} exports={exports} />;
      case 'repairInvalid':
        return <RepairInvalid task={task} messages={m} />;
      case 'failed':
        return <TaskFailure task={task} messages={m} onDismiss={actions.dismiss} />;
    }
  };

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
      {view?.live === undefined ? null : <LiveTotals live={view.live} messages={m} />}
      <WorkbookTools messages={m} blocked={model.toolsBlocked} tables={props.tables} actions={actions} />
      {view === undefined || view.task.kind === 'none' ? null : (
        <div className={styles.result} tabIndex={-1} {...{ [FOCUS_TARGET]: WORKBOOK_OUTCOME }} data-testid="workbook-outcome">
          {outcome(view.task)}
        </div>
      )}
      {props.tables === 'present' ? (
        <RoundsPanel engine={props.engine} messages={m} lang={props.lang} state={props.rounds.state} busy={busy} actions={props.rounds.actions} announce={props.announce} />
      ) : null}
      {view?.watchFailed === undefined ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="watch-failed">
          <MessageBarBody>{view.watchFailed}</MessageBarBody>
        </MessageBar>
      )}
      {view?.fault === undefined ? null : (
        <MessageBar intent="error" data-testid="workbook-fault">
          <MessageBarBody>{view.fault}</MessageBarBody>
          <DismissAction label={m.dismiss} onDismiss={actions.dismissFault} />
        </MessageBar>
      )}
    </section>
  );
}
