import type { StateCreator } from 'zustand';
import * as side from '@/lib/layout/sideLayout';
import type { Arrangement, SideLayout } from '@/lib/layout/sideLayout';
import type { StudioState } from './studioState';

/** Every panel beside the editor, in toolbar order; components/layout/panelRegistry.tsx says what each shows. */
export const PANEL_NAMES = ['preview', 'visualizer', 'outline', 'inspector', 'lab', 'generate', 'quality', 'history', 'try'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];
export type NoticeTone = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
}

export interface StorageStatus {
  state: 'loading' | 'saved' | 'pending' | 'failed';
  message?: string;
}

export interface UiSlice {
  /** A request for the editor to move its cursor; the nonce makes repeated requests to one line distinct. */
  /** `keepFocus`: the panel that asked keeps the keyboard (a graph card stays selected for Delete, arrows). */
  navigation: { line: number; column: number; nonce: number; keepFocus?: boolean } | null;
  /** Which side panels are open (their one home); `sideLayout` says where each sits. */
  panels: Record<PanelName, boolean>;
  sideLayout: SideLayout<PanelName>;
  notices: Notice[];
  storage: StorageStatus;
  goTo: (line: number, column?: number, options?: { keepFocus?: boolean }) => void;
  /** Hides the panel when its pane shows it, else shows it (opening it where the user last was). */
  togglePanel: (panel: PanelName) => void;
  /** Opens the panel, or brings its tab to the front. */
  showPanel: (panel: PanelName) => void;
  /** Shows `panel` without hiding `keep` (in the other pane, splitting the side area when needed). */
  showPanelBeside: (panel: PanelName, keep: PanelName) => void;
  closePanel: (panel: PanelName) => void;
  /** Moves an open panel to the other pane (splitting the side area, or joining it again). */
  movePanel: (panel: PanelName) => void;
  /** The arrangement this browser remembered (lib/layout/sideLayout `readArrangement`). */
  restoreArrangement: (arrangement: Arrangement<PanelName>) => void;
  /** Shows a notice; returns its id (to dismiss it when what it announces is over). */
  notify: (tone: NoticeTone, message: string) => number;
  dismissNotice: (id: number) => void;
  setStorage: (status: StorageStatus) => void;
}

let noticeId = 0;

type Arrange = (state: Arrangement<PanelName>, order: readonly PanelName[], name: PanelName) => Arrangement<PanelName>;
const arrange = (s: UiSlice, step: Arrange, panel: PanelName) => {
  const { open, layout } = step({ open: s.panels, layout: s.sideLayout }, PANEL_NAMES, panel);
  return { panels: open, sideLayout: layout };
};

export const createUiSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], UiSlice> = (set) => ({
  navigation: null,
  panels: Object.fromEntries(PANEL_NAMES.map((name) => [name, false])) as Record<PanelName, boolean>,
  sideLayout: side.EMPTY_SIDE_LAYOUT,
  notices: [],
  storage: { state: 'loading' },
  goTo: (line, column = 1, options) => set((s) => ({ navigation: { line, column, nonce: (s.navigation?.nonce ?? 0) + 1, ...(options?.keepFocus ? { keepFocus: true } : {}) } })),
  togglePanel: (panel) => set((s) => arrange(s, side.togglePanel, panel)),
  showPanel: (panel) => set((s) => arrange(s, side.showPanel, panel)),
  showPanelBeside: (panel, keep) => set((s) => arrange(s, (state, order, name) => side.showPanelBeside(state, order, name, keep), panel)),
  closePanel: (panel) => set((s) => arrange(s, side.closePanel, panel)),
  movePanel: (panel) => set((s) => arrange(s, side.movePanel, panel)),
  restoreArrangement: ({ open, layout }) => set({ panels: open, sideLayout: layout }),
  notify: (tone, message) => {
    const id = ++noticeId;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, tone, message }] }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setStorage: (storage) => set({ storage }),
});
