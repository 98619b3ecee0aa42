/** Loads the engine chunk (./engine.ts) once; every caller shares the same promise. */
export type Engine = typeof import('./engine.js');

let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ './engine.js').catch((error: unknown) => {
    // Let a later call try again (e.g. after a network hiccup) instead of keeping the failure.
    engine = undefined;
    throw error;
  });
  return engine;
}
