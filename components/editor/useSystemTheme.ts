import { useTheme } from '@/components/settings/useTheme';

/**
 * The theme Monaco editors use: the user's choice in settings (system, light or dark). Kept under its
 * old name for the panels that already call it.
 */
export function useSystemTheme(): 'dark' | 'light' {
  return useTheme();
}
