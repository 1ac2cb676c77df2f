import type { StateCreator } from 'zustand';
import type { StudioState } from './studioState';

/** The modal dialogs; at most one is open. */
export type DialogName = 'convert' | 'templates' | 'shortcuts' | 'settings' | 'compare' | 'guide';

export interface DialogSlice {
  dialog: DialogName | null;
  openDialog: (dialog: DialogName) => void;
  closeDialog: () => void;
}

export const createDialogSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], DialogSlice> = (set) => ({
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
});
