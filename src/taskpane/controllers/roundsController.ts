/**
 * The pane's side of the rounds (docs/rounds.md, D15–D18), without React: lists the rounds
 * the workbook keeps when it has tables (again after every write, which may have been a first
 * build), and saves or compares on the user's request under the pane's one-thing-at-a-time
 * guard. Host failures end up in the state. The reducer is ../state/roundsState.ts;
 * components/Pane/useRounds.ts is the React view.
 */
import type { WorkbookHost } from '../host/types';
import { describeFailure } from '../state/failure';
import { initialRoundsState, isRoundsBusy, roundsReducer, type RoundsAction, type RoundsEvent, type RoundsState } from '../state/roundsState';
import { Store, type ReadableStore } from './store';
import type { TablesPresence } from './workbookController';

export interface RoundsControllerOptions {
  /** The pane's guard, shared with its loads and writes and the workbook's tools (see PaneController.busy). */
  busy?: () => boolean;
}

export class RoundsController implements ReadableStore<RoundsState> {
  private readonly store = new Store<RoundsState, RoundsEvent>(roundsReducer, initialRoundsState());
  readonly getState = this.store.getState;
  readonly subscribe = this.store.subscribe;
  private disposed = false;
  /** What the list was last read for; only the answer to the latest reading counts. */
  private followed: { tables: TablesPresence; writes: number } | undefined;
  private listing = 0;

  constructor(
    private readonly host: WorkbookHost,
    private readonly options: RoundsControllerOptions = {},
  ) {}

  /** The workbook's tables as the pane knows them now: lists the rounds when there are tables, again after each write. */
  follow(tables: TablesPresence, writes: number): void {
    if (this.disposed || (this.followed?.tables === tables && this.followed.writes === writes)) return;
    this.followed = { tables, writes };
    const listing = ++this.listing;
    if (tables !== 'present') return;
    const answer = (event: RoundsEvent): void => {
      if (listing === this.listing) this.dispatch(event);
    };
    this.host.listSnapshots().then(
      (reading) => answer({ type: 'listed', reading }),
      (error: unknown) => answer({ type: 'listFailed', failure: describeFailure(error) }),
    );
  }

  readonly save = (name: string): void => this.run('save', name);

  readonly compare = (name: string): void => this.run('compare', name);

  readonly dismiss = (): void => this.dispatch({ type: 'taskDismissed' });

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Ignores every answer still on its way. */
  dispose(): void {
    this.disposed = true;
  }

  private dispatch(event: RoundsEvent): void {
    if (!this.disposed) this.store.dispatch(event);
  }

  private run(action: RoundsAction, name: string): void {
    if (this.disposed || (this.options.busy?.() ?? isRoundsBusy(this.store.getState()))) return;
    this.dispatch({ type: 'taskStarted', action, name });
    const failed = (error: unknown): void => this.dispatch({ type: 'taskFailed', action, failure: describeFailure(error) });
    if (action === 'save') this.host.saveSnapshot(name).then((result) => this.dispatch({ type: 'saveFinished', result }), failed);
    else this.host.compareSnapshot(name).then((result) => this.dispatch({ type: 'compareFinished', result }), failed);
  }
}
