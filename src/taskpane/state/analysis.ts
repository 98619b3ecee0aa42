/**
 * From the loaded bytes and the pane's settings to what the pane shows: problems
 * split into errors and warnings, and the model the preview and the write use.
 * Pure, so the whole path is unit-tested without a browser.
 */
import type { InitiativeFile } from '../../core/format/types';
import { loadDefinitions, type LoadOptions } from '../../core/load';
import { buildModel } from '../../core/model/buildModel';
import type { Problem } from '../../core/problems';
import type { Analysis, CsvSettings, RangeChoice, Source } from './types';

export type { Analysis, CsvSettings, RangeChoice, Source } from './types';

export function csvLoadOptions(csv: CsvSettings): LoadOptions {
  const title = csv.title.trim();
  const priceLevel = csv.priceLevel.trim();
  return { unit: csv.unit, ...(title === '' ? {} : { title }), ...(priceLevel === '' ? {} : { priceLevel }) };
}

export function analyse(source: Source, csv: CsvSettings, range: RangeChoice): Analysis {
  const result = loadDefinitions({ fileName: source.fileName, bytes: source.bytes }, csvLoadOptions(csv));
  const split = (problems: readonly Problem[]): Pick<Analysis, 'errors' | 'warnings'> => ({
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  });
  const document = result.document;
  if (result.file === undefined || result.model === undefined) {
    return { format: result.format, ...split(result.problems), filePolicy: 'high', document };
  }
  const filePolicy = result.model.rangePolicy;
  if (range === 'file' || range === filePolicy) {
    return { format: result.format, ...split(result.problems), file: result.file, model: result.model, filePolicy, document };
  }
  // The engine's warnings come last in `problems`; replace them with those of the re-run model.
  const inputProblems = result.problems.slice(0, result.problems.length - result.model.warnings.length);
  const file: InitiativeFile = { ...result.file, rangePolicy: range };
  const model = buildModel(file);
  return { format: result.format, ...split([...inputProblems, ...model.warnings]), file, model, filePolicy, document };
}
