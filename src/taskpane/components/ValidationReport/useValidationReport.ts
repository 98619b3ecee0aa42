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
  /** A CSV without a title yet: no errors, but not ready to write. */
  needsTitle: boolean;
}

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
