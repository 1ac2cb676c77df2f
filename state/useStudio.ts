import { useContext } from 'react';
import { useStore } from 'zustand';
import { StudioStoreContext } from './StudioProvider';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';

export { useShallow } from 'zustand/react/shallow';

/** The studio's store, for imperative use (actions, subscriptions in effects). */
export function useStudioStore(): StudioStore {
  const store = useContext(StudioStoreContext);
  if (!store) throw new Error('useStudio must be used inside <StudioProvider>.');
  return store;
}

/** Reads one slice of studio state through a named selector from state/selectors.ts. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}
