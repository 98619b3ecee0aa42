/** The write options as the controls show them: choices worded in the pane's language, the committee check boxes' states. */
import { useMemo } from 'react';
import { RANGE_POLICIES } from '../../../core/format/types';
import { LANGS, type Lang } from '../../../core/i18n/lang';
import type { RangeChoice } from '../../state/types';
import { MAX_DECIMALS, MIN_DECIMALS, selectedCommittees } from '../../state/paneState';
import type { OptionsPanelProps } from './OptionsPanel.types';

export interface OptionsPanelModel {
  languages: { value: Lang; label: string }[];
  decimals: number[];
  ranges: { value: RangeChoice; label: string }[];
  committees: { id: string; name: string; checked: boolean }[];
  all: boolean | 'mixed';
  noneSelected: boolean;
  parseRange: (value: string) => RangeChoice | undefined;
  parseLang: (value: string) => Lang | undefined;
}

export function useOptionsPanel({ messages: m, options, model, filePolicy }: OptionsPanelProps): OptionsPanelModel {
  return useMemo(() => {
    const selected = selectedCommittees(options, model);
    const choices: RangeChoice[] = ['file', ...RANGE_POLICIES];
    return {
      languages: LANGS.map((lang) => ({ value: lang, label: m.languageNames[lang] })),
      decimals: Array.from({ length: MAX_DECIMALS - MIN_DECIMALS + 1 }, (_, i) => MIN_DECIMALS + i),
      ranges: choices.map((value) => ({ value, label: value === 'file' ? m.rangePolicyFile(m.rangePolicies[filePolicy]) : m.rangePolicies[value] })),
      committees: model.committees.map((c) => ({ id: c.id, name: c.name, checked: selected.includes(c.id) })),
      all: selected.length === model.committees.length ? true : selected.length === 0 ? false : 'mixed',
      noneSelected: selected.length === 0,
      parseRange: (value) => choices.find((c) => c === value),
      parseLang: (value) => LANGS.find((l) => l === value),
    };
  }, [m, options, model, filePolicy]);
}
