import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '@/lib/settings/settings';
import { selectThemeChoice } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';

export type Theme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** 'dark' or 'light', following the operating system as it changes. */
export function useSystemColorScheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(QUERY).matches ? 'dark' : 'light'),
    () => 'light',
  );
}

export function resolveTheme(choice: ThemeChoice, system: Theme): Theme {
  return choice === 'system' ? system : choice;
}

/** The theme the studio shows: the user's choice in settings, or the system's while that is "system". */
export function useTheme(): Theme {
  return resolveTheme(useStudio(selectThemeChoice), useSystemColorScheme());
}
