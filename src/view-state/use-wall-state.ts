/** The wall-screen settings as a React store over the same URL subscription as useViewState. */
import { useMemo, useSyncExternalStore } from 'react';
import { currentSearch, subscribe } from './use-view-state';
import { isWallMode, parseWallState, type WallState } from './wall-state';

export function useWallMode(): boolean {
  return isWallMode(useSyncExternalStore(subscribe, currentSearch));
}

export function useWallState(): WallState {
  const search = useSyncExternalStore(subscribe, currentSearch);
  return useMemo(() => parseWallState(search), [search]);
}
