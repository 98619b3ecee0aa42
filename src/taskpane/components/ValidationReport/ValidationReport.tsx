/** Every problem with its location, in the pane's language; errors first, warnings apart. */
import { Body1, Caption1, MessageBar, MessageBarBody, mergeClasses, Subtitle2, useId } from '@fluentui/react-components';
import type { ProblemLine } from '../../i18n/problems';
import { useSharedStyles } from '../shared.styles';
import { useValidationReportStyles } from './ValidationReport.styles';
import { useValidationReport, type ValidationReportProps } from './useValidationReport';

export function ValidationReport(props: ValidationReportProps) {
  const model = useValidationReport(props);
  const styles = useValidationReportStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('report-heading');
  const errorsId = useId('report-errors');
  const warningsId = useId('report-warnings');
  const list = (lines: ProblemLine[], labelledBy: string, testId: string) => (
    <ol className={shared.list} aria-labelledby={labelledBy} data-testid={testId}>
      {lines.map((line) => (
        <li key={line.key} className={styles.item}>
          <span className={styles.location}>{line.location}</span>: <span>{line.message}</span>
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="validation-report">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.reportHeading}
      </Subtitle2>
      <Caption1>{model.format}</Caption1>
      <MessageBar intent={model.intent} data-testid="report-summary">
        <MessageBarBody>{model.summary.join(' ')}</MessageBarBody>
      </MessageBar>
      {model.errors.length === 0 ? null : (
        <>
          <Body1 as="h3" id={errorsId} className={mergeClasses(shared.subheading, styles.errorHeading)}>
            <strong>{m.errorsHeading(model.errors.length)}</strong>
          </Body1>
          {list(model.errors, errorsId, 'error-list')}
        </>
      )}
      {model.warnings.length === 0 ? null : (
        <>
          <Body1 as="h3" id={warningsId} className={mergeClasses(shared.subheading, styles.warningHeading)}>
            <strong>{m.warningsHeading(model.warnings.length)}</strong>
          </Body1>
          {list(model.warnings, warningsId, 'warning-list')}
        </>
      )}
    </section>
  );
}
