import type { StateCreator } from 'zustand';
import type { StudioState } from './studioState';

/** Every panel beside the editor, in toolbar order; components/layout/panelRegistry.tsx says what each shows. */
export const PANEL_NAMES = ['preview', 'visualizer', 'outline', 'inspector', 'lab', 'generate'] as const;
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
  navigation: { line: number; column: number; nonce: number } | null;
  panels: Record<PanelName, boolean>;
  notices: Notice[];
  storage: StorageStatus;
  goTo: (line: number, column?: number) => void;
  togglePanel: (panel: PanelName) => void;
  /** Opens a panel (no-op when it is open). */
  showPanel: (panel: PanelName) => void;
  notify: (tone: NoticeTone, message: string) => void;
  dismissNotice: (id: number) => void;
  setStorage: (status: StorageStatus) => void;
}

let noticeId = 0;

export const createUiSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], UiSlice> = (set) => ({
  navigation: null,
  panels: Object.fromEntries(PANEL_NAMES.map((name) => [name, false])) as Record<PanelName, boolean>,
  notices: [],
  storage: { state: 'loading' },
  goTo: (line, column = 1) => set((s) => ({ navigation: { line, column, nonce: (s.navigation?.nonce ?? 0) + 1 } })),
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  showPanel: (panel) => set((s) => (s.panels[panel] ? {} : { panels: { ...s.panels, [panel]: true } })),
  notify: (tone, message) => set((s) => ({ notices: [...s.notices.slice(-4), { id: ++noticeId, tone, message }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setStorage: (storage) => set({ storage }),
});
