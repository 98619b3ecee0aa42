/** The short answers of the workbook's tools: under way, no tables, a repair refused, a failure. */
import { Body1, Field, MessageBar, MessageBarBody, ProgressBar, Spinner } from '@fluentui/react-components';
import { DismissAction } from '../../DismissAction/DismissAction';
import { FailureBody } from '../../FailureBody/FailureBody';
import { ProblemList } from '../../ProblemList/ProblemList';
import { useSharedStyles } from '../../shared.styles';
import type { NoTablesProps, RepairInvalidProps, TaskFailureProps, TaskWorkingProps } from './TaskStatus.types';

/** A spinner, or a progress bar with its phase once the task reports one. */
export function TaskWorking({ task }: TaskWorkingProps) {
  return task.progress === undefined ? (
    <Spinner size="tiny" label={task.label} data-testid="workbook-working" />
  ) : (
    <Field label={task.label} hint={task.progress.phase}>
      <ProgressBar value={task.progress.value} max={1} thickness="large" aria-valuetext={task.progress.phase} data-testid="workbook-progress" />
    </Field>
  );
}

export function NoTables({ task, messages: m, onDismiss }: NoTablesProps) {
  return (
    <MessageBar intent="info" data-testid="no-tables">
      <MessageBarBody>{task.text}</MessageBarBody>
      <DismissAction label={m.dismiss} onDismiss={onDismiss} />
    </MessageBar>
  );
}

/** The workbook's definitions have errors: nothing was repaired. Their paths are shown, as for a read-back. */
export function RepairInvalid({ task, messages: m }: RepairInvalidProps) {
  const shared = useSharedStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="repair-invalid">
      <MessageBarBody className={shared.messageBody}>
        <Body1>{m.repairInvalid}</Body1>
        <ProblemList lines={task.problems} showPaths pathLabel={m.pathLabel} testId="repair-problem-list" />
      </MessageBarBody>
    </MessageBar>
  );
}

export function TaskFailure({ task, messages: m, onDismiss }: TaskFailureProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="workbook-failure">
      <FailureBody title={task.title} lines={task.lines} detail={task.detail} detailLabel={m.errorDetail} />
      <DismissAction label={m.dismiss} onDismiss={onDismiss} />
    </MessageBar>
  );
}
