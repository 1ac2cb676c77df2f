/**
 * Where the open side panels sit: one pane of tabs, or two stacked panes. Which panels are open is
 * not kept here (the store's `panels` is its one home); this holds only their placement.
 * Pure functions over panel names, so the rules are tested without React or a store.
 */
export type PaneIndex = 0 | 1;

/** Where the browser keeps the open panels and their placement (beside the settings, not in the workspace). */
export const ARRANGEMENT_STORAGE_KEY = 'asyncapi-studio-panels';

export interface SideLayout<N extends string = string> {
  /** Panels placed in the lower pane; the others sit in the upper one. */
  lower: N[];
  /** The tab each pane shows, when it is still open there; else the pane's first tab. */
  active: [N | null, N | null];
  /** The pane the user last used: a panel opened from the toolbar goes there. */
  focus: PaneIndex;
}

export type OpenPanels<N extends string> = Readonly<Record<N, boolean>>;

export const EMPTY_SIDE_LAYOUT: SideLayout<never> = { lower: [], active: [null, null], focus: 0 };

function openNames<N extends string>(open: OpenPanels<N>, order: readonly N[]): N[] {
  return order.filter((name) => open[name]);
}

/** True when both panes have a tab: the side area shows two stacked panes. */
export function isSplit<N extends string>(open: OpenPanels<N>, layout: SideLayout<N>, order: readonly N[]): boolean {
  const names = openNames(open, order);
  const below = names.filter((name) => layout.lower.includes(name)).length;
  return below > 0 && below < names.length;
}

export function paneOf<N extends string>(open: OpenPanels<N>, layout: SideLayout<N>, order: readonly N[], name: N): PaneIndex {
  return isSplit(open, layout, order) && layout.lower.includes(name) ? 1 : 0;
}

/** The open panels of a pane, in registry order. */
export function tabsOf<N extends string>(open: OpenPanels<N>, layout: SideLayout<N>, order: readonly N[], pane: PaneIndex): N[] {
  return openNames(open, order).filter((name) => paneOf(open, layout, order, name) === pane);
}

/** The panel a pane shows: its active tab while that is still there, else its first tab. */
export function shownIn<N extends string>(open: OpenPanels<N>, layout: SideLayout<N>, order: readonly N[], pane: PaneIndex): N | null {
  const tabs = tabsOf(open, layout, order, pane);
  const active = layout.active[pane];
  return active !== null && tabs.includes(active) ? active : (tabs[0] ?? null);
}

export interface Arrangement<N extends string> {
  open: Record<N, boolean>;
  layout: SideLayout<N>;
}

function withActive<N extends string>(layout: SideLayout<N>, pane: PaneIndex, name: N | null): SideLayout<N> {
  const active: [N | null, N | null] = [...layout.active];
  active[pane] = name;
  return { ...layout, active, focus: pane };
}

/** Opens a panel (in the pane last used) or brings its tab to the front. */
export function showPanel<N extends string>(state: Arrangement<N>, order: readonly N[], name: N): Arrangement<N> {
  const { open, layout } = state;
  if (open[name]) return { open, layout: withActive(layout, paneOf(open, layout, order, name), name) };
  const split = isSplit(open, layout, order);
  const pane = split ? layout.focus : 0;
  // Names left below while the area was one pane would split it unasked.
  const lower = split ? layout.lower.filter((n) => n !== name) : [];
  if (pane === 1) lower.push(name);
  return { open: { ...open, [name]: true }, layout: withActive({ ...layout, lower }, pane, name) };
}

/**
 * Shows `name` while `keep` stays in view: in the pane `keep` is not in, splitting the side area when it
 * is one pane (the inspector opened from the graph or the outline must not hide them).
 */
export function showPanelBeside<N extends string>(state: Arrangement<N>, order: readonly N[], name: N, keep: N): Arrangement<N> {
  const { layout } = state;
  if (name === keep || !state.open[keep]) return showPanel(state, order, name);
  const open = state.open[name] ? state.open : { ...state.open, [name]: true };
  const keepPane = paneOf(state.open, layout, order, keep);
  const target: PaneIndex = keepPane === 0 ? 1 : 0;
  const base = isSplit(state.open, layout, order) ? layout.lower.filter((n) => n !== name) : [];
  const lower = target === 1 ? [...base, name] : base;
  const next = withActive({ ...layout, lower }, target, name);
  next.active[keepPane] = keep;
  return { open, layout: next };
}

export function closePanel<N extends string>(state: Arrangement<N>, order: readonly N[], name: N): Arrangement<N> {
  if (!state.open[name]) return state;
  const open = { ...state.open, [name]: false };
  const lower = state.layout.lower.filter((n) => n !== name);
  const active = state.layout.active.map((n) => (n === name ? null : n)) as [N | null, N | null];
  const layout = { ...state.layout, lower, active };
  // A pane left empty goes away; what stays sits in the one remaining pane.
  return isSplit(open, layout, order) ? { open, layout } : { open, layout: { ...layout, lower: [], active: [shownAfterMerge(open, layout, order), null], focus: 0 } };
}

function shownAfterMerge<N extends string>(open: OpenPanels<N>, layout: SideLayout<N>, order: readonly N[]): N | null {
  const candidates = [layout.active[layout.focus], layout.active[0], layout.active[1]];
  return candidates.find((n): n is N => n !== null && open[n]) ?? openNames(open, order)[0] ?? null;
}

/** The toolbar's toggle: hides a panel its pane is showing, else shows it. */
export function togglePanel<N extends string>(state: Arrangement<N>, order: readonly N[], name: N): Arrangement<N> {
  const { open, layout } = state;
  if (open[name] && shownIn(open, layout, order, paneOf(open, layout, order, name)) === name) return closePanel(state, order, name);
  return showPanel(state, order, name);
}

/**
 * Moves an open panel to the other pane: from a single pane this splits the side area (the panel
 * goes below); moving the last tab out of a pane joins the two again.
 */
export function movePanel<N extends string>(state: Arrangement<N>, order: readonly N[], name: N): Arrangement<N> {
  const { open, layout } = state;
  if (!open[name]) return state;
  const from = paneOf(open, layout, order, name);
  if (from === 0 && openNames(open, order).length < 2) return state;
  const base = isSplit(open, layout, order) ? layout.lower : [];
  const lower = from === 0 ? [...base.filter((n) => n !== name), name] : base.filter((n) => n !== name);
  const to: PaneIndex = from === 0 ? 1 : 0;
  const moved = withActive({ ...layout, lower }, to, name);
  if (isSplit(open, moved, order)) return { open, layout: moved };
  return { open, layout: { ...moved, lower: [], active: [name, null], focus: 0 } };
}

/** Whatever storage held, as a valid arrangement of the known panels (unknown names dropped). */
export function readArrangement<N extends string>(raw: unknown, order: readonly N[]): Arrangement<N> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as { open?: unknown; layout?: { lower?: unknown; active?: unknown; focus?: unknown } };
  const known = (n: unknown): n is N => typeof n === 'string' && (order as readonly string[]).includes(n);
  const openList = Array.isArray(value.open) ? value.open.filter(known) : [];
  const open = Object.fromEntries(order.map((name) => [name, openList.includes(name)])) as Record<N, boolean>;
  const lower = Array.isArray(value.layout?.lower) ? value.layout.lower.filter(known) : [];
  const rawActive = Array.isArray(value.layout?.active) ? value.layout.active : [];
  const active: [N | null, N | null] = [known(rawActive[0]) ? rawActive[0] : null, known(rawActive[1]) ? rawActive[1] : null];
  const focus: PaneIndex = value.layout?.focus === 1 ? 1 : 0;
  return { open, layout: { lower, active, focus } };
}

/** The arrangement as stored: open panels as a list, so a renamed or removed panel simply drops out. */
export function storedArrangement<N extends string>(state: Arrangement<N>, order: readonly N[]): unknown {
  return { open: openNames(state.open, order), layout: state.layout };
}
