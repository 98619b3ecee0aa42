/** The CSV document settings: the title suggested from the file name, and the unit choices worded in the pane's language. */
import { useMemo } from 'react';
import { UNITS, type Unit } from '../../../core/format/types';
import { workbookLabels } from '../../../core/i18n/labels';
import type { CsvSettingsProps } from './CsvSettings.types';

export interface CsvSettingsModel {
  /** The file name without its extension: offered, never taken silently. */
  suggestedTitle: string;
  units: { value: Unit; label: string }[];
  isUnit: (value: string) => value is Unit;
}

export function useCsvSettings(props: CsvSettingsProps): CsvSettingsModel {
  const { engine, fileName, lang } = props;
  return useMemo(() => {
    const labels = workbookLabels(lang).units;
    return {
      suggestedTitle: engine.titleFromFileName(fileName),
      units: UNITS.map((unit) => ({ value: unit, label: labels[unit] === unit ? unit : `${labels[unit]} (${unit})` })),
      isUnit: (value: string): value is Unit => (UNITS as readonly string[]).includes(value),
    };
  }, [engine, fileName, lang]);
}
