// The explorer's view state as one observable value, mirrored into the URL (replaceState; pushState for navigations).
import { parseView, serializeView } from './view-state-url.ts';
import type { ViewState } from './view-state-url.ts';

export type Listener = (view: ViewState, previous: ViewState) => void;

export class ViewStore {
  private view: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.view = initial;
  }

  get(): ViewState {
    return this.view;
  }

  /** Merges a change; `push` adds a browser history entry (selection/focus), otherwise the URL is replaced. */
  set(change: Partial<ViewState>, options: { push?: boolean } = {}): void {
    const previous = this.view;
    const next: ViewState = { ...previous, ...change };
    if (serializeView(next) === serializeView(previous)) return;
    this.view = next;
    const url = `${location.pathname}${serializeView(next)}${location.hash}`;
    if (options.push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Back/forward: re-read the URL and tell everyone. */
  reload(preferredTheme: ViewState['theme']): void {
    const previous = this.view;
    this.view = parseView(location.search, preferredTheme);
    for (const listener of this.listeners) listener(this.view, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
