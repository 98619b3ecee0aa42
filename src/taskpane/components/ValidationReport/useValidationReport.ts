/** The validation report's contents: every problem worded in the pane's language, errors apart from warnings. */
import { useMemo } from 'react';
import type { ProblemLine } from '../../i18n/problems';
import { checkVerdict, type Intent } from '../../i18n/words';
import type { ValidationReportProps } from './ValidationReport.types';

export interface ValidationReportModel {
  intent: Intent;
  summary: string;
  errors: ProblemLine[];
  warnings: ProblemLine[];
}

export function useValidationReport({ engine, messages: m, lang, analysis, needsTitle }: ValidationReportProps): ValidationReportModel {
  return useMemo(() => {
    const errors = engine.problemLines(analysis.errors, lang, analysis.document);
    const warnings = engine.problemLines(analysis.warnings, lang, analysis.document);
    const { intent, text } = checkVerdict(errors.length, warnings.length, needsTitle, m);
    return { intent, summary: text, errors, warnings };
  }, [engine, analysis, lang, m, needsTitle]);
}
