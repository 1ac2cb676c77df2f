import type { StateCreator } from 'zustand';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { StudioState } from './studioState';

export interface DocumentSlice {
  text: string;
  /** Increases with every change of the text; analysis results name the version they were made for. */
  version: number;
  format: DocumentFormat;
  /**
   * A replacement of the whole text that came from outside the editor (file, conversion, restore).
   * The editor applies it as one undoable edit, then reports the new text back through editText.
   */
  externalEdit: { text: string; revision: number } | null;
  readOnly: boolean;
  /** The text as the editor holds it after the user's edit. */
  editText: (text: string) => void;
  /** Replaces the whole text from outside the editor. */
  replaceText: (text: string) => void;
  setReadOnly: (readOnly: boolean) => void;
}

export const createDocumentSlice =
  (initialText: string): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], DocumentSlice> =>
  (set, get) => ({
    text: initialText,
    version: 1,
    format: detectFormat(initialText),
    externalEdit: null,
    readOnly: false,
    editText: (text) => {
      if (text === get().text) return;
      set((s) => ({ text, version: s.version + 1, format: detectFormat(text) }));
    },
    replaceText: (text) =>
      set((s) => ({
        text,
        version: s.version + 1,
        format: detectFormat(text),
        externalEdit: { text, revision: (s.externalEdit?.revision ?? 0) + 1 },
      })),
    setReadOnly: (readOnly) => set({ readOnly }),
  });
