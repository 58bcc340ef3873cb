/**
 * The URL as a React store: components read the parsed view state and update it through
 * `navigate`, which pushes a history entry (so back/forward step through views) and notifies
 * subscribers. `popstate` covers the browser's own buttons.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ParsedViewState, type ViewState } from './view-state';

const CHANGE_EVENT = 'target-board:url-change';

/** Exported for the wall screen's own URL hook (use-wall-state.ts). */
export function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function currentSearch(): string {
  return window.location.search;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  readonly replace?: boolean;
}

export function navigateTo(search: string, options: NavigateOptions = {}): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (options.replace === true) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export interface ViewStateHandle extends ParsedViewState {
  readonly update: (patch: Partial<ViewState>, options?: NavigateOptions) => void;
}

export function useViewState(): ViewStateHandle {
  const search = useSyncExternalStore(subscribe, currentSearch);
  const parsed = useMemo(() => parseViewState(search), [search]);
  const update = useCallback((patch: Partial<ViewState>, options?: NavigateOptions) => {
    // Read the URL at call time, not the render-time snapshot, so two quick updates compose.
    const latest = parseViewState(window.location.search).state;
    navigateTo(serializeViewState({ ...latest, ...patch }), options);
  }, []);
  return { ...parsed, update };
}
