/**
 * Deterministic synthetic initiative files for scale tests and the benchmark:
 * N initiatives over C committees and four years, a third with lines, some frames,
 * ranges, capital items and uncosted topics, amounts with at most one decimal.
 */
import type { AmountsSpec, InitiativeDef, InitiativeFile, LineDef } from '../../src/core/format/types';

export interface GenerateOptions {
  initiatives: number;
  committees?: number;
  years?: number[];
  seed?: number;
  /**
   * 'short' (default): "Emne 17". 'realistic': titles of about 40 characters and notes of
   * about 120 on most initiatives and lines, like the seminar sample's.
   */
  text?: 'short' | 'realistic';
  /** false: no initiative has lines (one node each), so 50,000 initiatives fit the input limit (MAX_NODES). */
  lines?: boolean;
}

const WORDS = ['styrket', 'indsats', 'for', 'borgere', 'med', 'kroniske', 'sygdomme', 'i', 'det', 'nære', 'sundhedsvæsen', 'udbygning', 'af', 'akutmodtagelse', 'og', 'psykiatri', 'regionale', 'busruter', 'klimatilpasning', 'uddannelse'];

/** Danish-looking text of about `length` characters, different per (i, j). */
function prose(length: number, i: number, j: number): string {
  const words: string[] = [];
  for (let k = 0; words.join(' ').length < length; k++) words.push(WORDS[(i * 7 + j * 3 + k * 11) % WORDS.length] ?? 'og');
  const text = words.join(' ').slice(0, length);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small LCG: reproducible everywhere, no dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateDefinitions(options: GenerateOptions): InitiativeFile {
  const next = random(options.seed ?? 2019);
  const years = options.years ?? [2020, 2021, 2022, 2023];
  const committeeCount = options.committees ?? 20;
  const tenth = (max: number): number => Math.round(next() * max * 10) / 10;
  const amounts = (): AmountsSpec => Object.fromEntries(years.map((y) => [String(y), tenth(50)]));
  const realistic = options.text === 'realistic';
  const title = (i: number, j: number, short: string): string => (realistic ? `${short}: ${prose(32, i, j)}` : short);
  // Most lines carry a note when realistic: four in five.
  const note = (i: number, j: number): { note?: string } => (realistic && (i + j) % 5 !== 4 ? { note: prose(120, j, i) } : {});
  const line = (i: number, j: number): LineDef => ({ title: title(i, j + 1, `Delpost ${i + 1}.${j + 1}`), amounts: amounts(), ...note(i, j + 1), ...(next() < 0.2 ? { kind: 'capital' as const } : {}) });
  const committees = Array.from({ length: committeeCount }, (_, c) => ({ id: `u${c + 1}`, name: `Udvalg ${c + 1}` }));
  const initiatives: InitiativeDef[] = Array.from({ length: options.initiatives }, (_, i) => {
    const base = { id: `e${i + 1}`, committee: `u${(i % committeeCount) + 1}`, number: String(Math.floor(i / committeeCount) + 1), title: title(i, 0, `Emne ${i + 1}`), ...note(i, 0) };
    const shape = options.lines === false ? 1 : i % 3;
    if (shape === 0) {
      const lines = Array.from({ length: 2 + (i % 3) }, (_, j) => line(i, j));
      if (i % 9 === 0) return { ...base, frame: Object.fromEntries(years.map((y) => [String(y), 200])), lines };
      return { ...base, lines };
    }
    if (i % 50 === 1) return { ...base, note: realistic ? `Ikke beregnet endnu. ${prose(90, i, 9)}` : 'Ikke beregnet endnu' };
    if (i % 25 === 2) return { ...base, amounts: { [String(years[0])]: { min: tenth(5), max: 5 + tenth(5) } } };
    return { ...base, amounts: amounts(), ...(i % 7 === 0 ? { kind: 'capital' as const } : {}) };
  });
  return { formatVersion: 1, title: `Syntetisk budget (${options.initiatives} emner)`, unit: 'mio. kr.', priceLevel: '2019 P/L', years, committees, initiatives };
}
