import { renderMessage } from '../../../../src/core/i18n/catalog';
import { formatLocation } from '../../../../src/core/i18n/formatProblem';
import type { Problem } from '../../../../src/core/problems';
import { validateDefinitions, type ValidationResult } from '../../../../src/core/validate';

/** A small valid file; every call returns a fresh copy to break. */
export function validFile(): Record<string, unknown> & {
  years: unknown[];
  committees: Record<string, unknown>[];
  initiatives: Record<string, unknown>[];
} {
  return {
    formatVersion: 1,
    title: 'Budget 2020',
    unit: 'mio. kr.',
    priceLevel: '2019 P/L',
    years: [2020, 2021, 2022, 2023],
    committees: [
      { id: 'sundhed', name: 'Sundhedsudvalget' },
      { id: 'regional', name: 'Udvalget for regional udvikling' },
    ],
    initiatives: [
      {
        id: 'personlig_medicin',
        committee: 'sundhed',
        number: '2',
        title: 'Personlig medicin',
        lines: [
          { title: 'Drift af genomcenter', amounts: { '2020': 5.0, '2021': 10.0, '2022': 15.0, '2023': 20.0 } },
          { title: 'Koordinering og sekretariat', amounts: 2.0 },
          { title: 'Sekventeringsudstyr', kind: 'capital', amounts: { '2020': 10.0, '2021': 20.0, '2022': 40.0, '2023': 80.0 } },
        ],
      },
    ],
  };
}

/** A valid file whose only initiative is `initiative`. */
export function fileWith(initiative: Record<string, unknown>): Record<string, unknown> {
  return { ...validFile(), initiatives: [initiative] };
}

/** An initiative of committee "sundhed" with the given extra fields. */
export function initiative(fields: Record<string, unknown>): Record<string, unknown> {
  return { id: 'akut', committee: 'sundhed', title: 'Akutlægebil', ...fields };
}

/** `code at location`: compact, and a failing test shows every problem. */
export function summary(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} at ${formatLocation(p.location, 'en')}`);
}

export function check(document: unknown): string[] {
  return summary(validateDefinitions(document).problems);
}

/** The only problem of a result, rendered in both languages. */
export function onlyMessage(result: ValidationResult): { da: string; en: string } {
  expect(result.problems).toHaveLength(1);
  const problem = result.problems[0] as Problem;
  return { da: renderMessage(problem.code, 'da', problem.params), en: renderMessage(problem.code, 'en', problem.params) };
}

/** A line nested `levels` deep below an initiative: levels = 1 is a plain line. */
export function nestedLines(levels: number): Record<string, unknown>[] {
  let lines: Record<string, unknown>[] = [{ title: `Niveau ${levels}`, amounts: 1 }];
  for (let level = levels - 1; level >= 1; level--) lines = [{ title: `Niveau ${level}`, lines }];
  return lines;
}

/** The JSON path of the `lines` list holding level `level` (1-based) of a chain built by nestedLines. */
export function linesPath(level: number): string {
  return `initiatives[0]${'.lines[0]'.repeat(level - 1)}.lines`;
}
