/** Every problem with its location, in the pane's language; errors first, warnings apart. */
import { Body1, Checkbox, MessageBar, MessageBarBody, mergeClasses, Subtitle2, useId } from '@fluentui/react-components';
import type { ProblemLine } from '../../i18n/problems';
import { useState } from 'react';
import { FOCUS_TARGET } from '../Announcer/useAnnouncer';
import { ProblemList } from '../ProblemList/ProblemList';
import { useSharedStyles } from '../shared.styles';

/** Where focus goes after a load: the verdict. */
export const CHECK_SUMMARY = 'check-summary';

/** Up to this many warnings are listed open; more are behind their heading. */
const WARNINGS_SHOWN_OPEN = 3;
import { useValidationReportStyles } from './ValidationReport.styles';
import { useValidationReport } from './useValidationReport';
import type { ValidationReportProps } from './ValidationReport.types';

export function ValidationReport(props: ValidationReportProps) {
  const model = useValidationReport(props);
  const styles = useValidationReportStyles();
  const shared = useSharedStyles();
  const m = props.messages;
  const headingId = useId('report-heading');
  const errorsId = useId('report-errors');
  const warningsId = useId('report-warnings');
  const [showPaths, setShowPaths] = useState(false);
  const hasPaths = [...model.errors, ...model.warnings].some((line) => line.path !== undefined);
  const list = (lines: ProblemLine[], labelledBy: string, testId: string) => (
    <ProblemList lines={lines} showPaths={showPaths} pathLabel={m.pathLabel} labelledBy={labelledBy} testId={testId} />
  );
  return (
    <section aria-labelledby={headingId} className={shared.section} data-testid="validation-report">
      <Subtitle2 as="h2" id={headingId} className={shared.heading}>
        {m.reportHeading}
      </Subtitle2>
      <MessageBar intent={model.intent} data-testid="report-summary" {...{ [FOCUS_TARGET]: CHECK_SUMMARY }} tabIndex={-1}>
        <MessageBarBody>{model.summary}</MessageBarBody>
      </MessageBar>
      {hasPaths ? <Checkbox checked={showPaths} onChange={(_, data) => setShowPaths(data.checked === true)} label={m.showPaths} data-testid="show-paths" /> : null}
      {model.errors.length === 0 ? null : (
        <>
          <Body1 as="h3" id={errorsId} className={mergeClasses(shared.subheading, styles.errorHeading)}>
            <strong>{m.errorsHeading(model.errors.length)}</strong>
          </Body1>
          {list(model.errors, errorsId, 'error-list')}
        </>
      )}
      {model.warnings.length === 0 ? null : (
        // Warnings never stop a write: a few are shown, many wait one click away so the preview stays near.
        <details className={styles.warnings} open={model.warnings.length <= WARNINGS_SHOWN_OPEN} data-testid="warnings">
          <summary className={styles.warningsSummary}>
            <Body1 as="h3" id={warningsId} className={mergeClasses(shared.heading, styles.warningHeading)}>
              <strong>{m.warningsHeading(model.warnings.length)}</strong>
            </Body1>
          </summary>
          {list(model.warnings, warningsId, 'warning-list')}
        </details>
      )}
    </section>
  );
}
