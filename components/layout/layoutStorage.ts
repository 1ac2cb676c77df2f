import type { LayoutStorage } from 'react-resizable-panels';

/**
 * localStorage for the panel sizes (react-resizable-panels' own `useDefaultLayout` persistence), where a
 * full or disabled storage only means sizes last for this session: the library would log an error.
 */
export const layoutStorage: LayoutStorage = {
  getItem: (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem: (key, value) => {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Sizes last for this session.
    }
  },
};
