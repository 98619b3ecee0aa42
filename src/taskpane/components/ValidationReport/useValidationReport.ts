/** The validation report's contents: every problem worded in the pane's language, errors apart from warnings. */
import { useMemo } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { ProblemLine } from '../../i18n/problems';
import type { Intent } from '../../i18n/words';
import type { Analysis } from '../../state/types';

export interface ValidationReportProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  analysis: Analysis;
}

export interface ValidationReportModel {
  intent: Intent;
  summary: string[];
  errors: ProblemLine[];
  warnings: ProblemLine[];
  format: string;
}

export function useValidationReport({ engine, messages: m, lang, analysis }: ValidationReportProps): ValidationReportModel {
  return useMemo(() => {
    const errors = engine.problemLines(analysis.errors, lang);
    const warnings = engine.problemLines(analysis.warnings, lang);
    const summary = [errors.length > 0 ? m.reportErrors(errors.length) : m.reportOk, ...(warnings.length > 0 ? [m.reportWarnings(warnings.length)] : [])];
    const intent: Intent = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : 'success';
    return { intent, summary, errors, warnings, format: m.reportFormat(analysis.format.toUpperCase()) };
  }, [engine, analysis, lang, m]);
}
