import { useEffect } from 'react';
import { useTheme } from './useTheme';

/**
 * Puts the theme on <html data-theme>, which the stylesheets follow (color-scheme, and with it every
 * light-dark() colour). The inline script in app/layout.tsx sets it before the first paint.
 */
export function useApplyTheme(): void {
  const theme = useTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
