/** The validation report's contents: every problem worded in the pane's language, errors apart from warnings. */
import { useMemo } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import type { Engine } from '../../engineLoader';
import type { Messages } from '../../i18n/messages';
import type { ProblemLine } from '../../i18n/problems';
import { checkVerdict, type Intent } from '../../i18n/words';
import type { Analysis } from '../../state/types';

export interface ValidationReportProps {
  engine: Engine;
  messages: Messages;
  lang: Lang;
  analysis: Analysis;
}

export interface ValidationReportModel {
  intent: Intent;
  summary: string;
  errors: ProblemLine[];
  warnings: ProblemLine[];
}

export function useValidationReport({ engine, messages: m, lang, analysis }: ValidationReportProps): ValidationReportModel {
  return useMemo(() => {
    const errors = engine.problemLines(analysis.errors, lang, analysis.document);
    const warnings = engine.problemLines(analysis.warnings, lang, analysis.document);
    const { intent, text } = checkVerdict(errors.length, warnings.length, m);
    return { intent, summary: text, errors, warnings };
  }, [engine, analysis, lang, m]);
}
