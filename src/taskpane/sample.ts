/**
 * The bundled sample, loaded on demand: webpack puts it in its own chunk, so the
 * pane's first render does not wait for 19 kB of JSON nobody may ask for.
 */
import sample from '../../data/budget-2020-seminar.json';
import type { InitiativeFile } from '../core/format/types';

export const SAMPLE_FILE_NAME = 'budget-2020-seminar.json';

/** The file as shipped; `loadDefinitions` validates it like any other input. */
export const sampleDefinitions = sample as unknown as InitiativeFile;
