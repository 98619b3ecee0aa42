/**
 * The seminar's choices as the pane words them: the initiatives left out and the pools with
 * their amounts formatted. Pure and light, so the preview (first bundle) and the live view
 * (engine chunk) share it.
 */
import type { ChoicesPreview } from './preview';

export interface PoolView {
  id: string;
  name: string;
  amounts: string[];
  chosen: string[];
  left: string[];
  /** Per year: the remainder is below zero (drawn red, and said in words beside it). */
  overspentYears: boolean[];
  overspent: boolean;
}

export interface ChoicesView {
  /** "3 Flere jordemødre (Sundhed)": number, title and committee. */
  leftOut: { key: string; label: string; committee: string }[];
  pools: PoolView[];
}

export function choicesView(choices: ChoicesPreview, amount: (value: number) => string): ChoicesView {
  return {
    leftOut: choices.leftOut.map((item, i) => ({ key: `${i}`, label: item.number === undefined ? item.title : `${item.number} ${item.title}`, committee: item.committee })),
    pools: choices.pools.map((pool) => ({
      id: pool.id,
      name: pool.name,
      amounts: pool.amounts.map(amount),
      chosen: pool.chosen.map(amount),
      left: pool.left.map(amount),
      overspentYears: pool.left.map((v) => v < 0),
      overspent: pool.overspent,
    })),
  };
}
