/** The languages of the UI and of the workbook labels. Danish is the default. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Office reports its display language as a BCP 47 tag ("da-DK", "en-US").
 * Danish and the other Scandinavian languages fall to Danish; everything else to English.
 */
export function langFromDisplayLanguage(tag: string | undefined): Lang {
  if (tag === undefined || tag === '') return 'da';
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return primary === 'da' || primary === 'nb' || primary === 'nn' || primary === 'no' || primary === 'sv' ? 'da' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}
