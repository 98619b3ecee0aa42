/**
 * The smallest store a controller needs: a reducer's state, read with `getState`, changed
 * only through `dispatch`, and watched with `subscribe` (the shape `useSyncExternalStore`
 * takes). A dispatch the reducer answers with the same state notifies no one, so a view
 * re-renders only on a real change.
 */
export type Listener = () => void;

export interface ReadableStore<S> {
  getState: () => S;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe: (listener: Listener) => () => void;
}

export class Store<S, E> implements ReadableStore<S> {
  private state: S;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly reducer: (state: S, event: E) => S,
    initial: S,
  ) {
    this.state = initial;
  }

  // Arrow properties: handed to React (and to other controllers) unbound.
  readonly getState = (): S => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  dispatch(event: E): void {
    const next = this.reducer(this.state, event);
    if (Object.is(next, this.state)) return;
    this.state = next;
    // A copy: a listener that unsubscribes (or subscribes another) does not disturb this round.
    for (const listener of [...this.listeners]) listener();
  }
}
