'use client';

import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { usePanelRef } from 'react-resizable-panels';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import { layoutStorage } from './layoutStorage';

/** The problems panel follows its content until the user sizes it by hand (remembered in this browser). */
const PROBLEMS_SIZED_BY_USER_KEY = 'asyncapi-studio-problems-sized-by-user';
/** Header only: what the problems panel keeps when collapsed. */
export const PROBLEMS_COLLAPSED_PX = 33;
export const PROBLEMS_MIN_PX = 64;
/**
 * Following its content, the panel grows to about eight rows and never past 30% of the window: a rules pass
 * that adds hundreds of rows must not take the editor's and the graph's room. A drag sizes it up to 45%.
 */
export const PROBLEMS_FIT_MAX_PX = 210;
const PROBLEMS_FIT_MAX_SHARE = 0.3;

export interface CollapsiblePanel {
  ref: RefObject<PanelImperativeHandle | null>;
  collapsed: boolean;
  toggle: () => void;
  /** The panel reports its state after every resize (collapsed by a drag, expanded by a key…). */
  sync: () => void;
}

export interface WorkbenchControls {
  sidebar: CollapsiblePanel;
  problems: CollapsiblePanel & {
    /** Sizes the problems panel to its content (clamped by the panel's limits) unless the user sized it. */
    fit: (contentPx: number) => void;
    /** The user resized it by hand: stop following the content. */
    pin: () => void;
    /** Double-click on its splitter: follow the content again. */
    unpin: () => void;
  };
}

const Context = createContext<WorkbenchControls | null>(null);

function useCollapsible(): CollapsiblePanel {
  const ref = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  const sync = useCallback(() => setCollapsed(ref.current?.isCollapsed() ?? false), [ref]);
  const toggle = useCallback(() => {
    const panel = ref.current;
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
    sync();
  }, [ref, sync]);
  return useMemo(() => ({ ref, collapsed, toggle, sync }), [ref, collapsed, toggle, sync]);
}

/** Lets the toolbar, the shortcuts and the panels collapse, expand and fit the workbench's panels. */
export function WorkbenchControlsProvider({ children }: { children: ReactNode }) {
  const sidebar = useCollapsible();
  const problemsPanel = useCollapsible();
  const lastContent = useRef(PROBLEMS_MIN_PX);
  const fit = useCallback(
    (contentPx: number) => {
      lastContent.current = contentPx;
      const panel = problemsPanel.ref.current;
      if (!panel || panel.isCollapsed() || layoutStorage.getItem(PROBLEMS_SIZED_BY_USER_KEY) === 'true') return;
      const cap = Math.min(PROBLEMS_FIT_MAX_PX, Math.floor(window.innerHeight * PROBLEMS_FIT_MAX_SHARE));
      const target = Math.max(PROBLEMS_MIN_PX, Math.min(cap, Math.ceil(contentPx)));
      if (Math.abs(panel.getSize().inPixels - target) > 1) panel.resize(target);
    },
    [problemsPanel.ref],
  );
  const pin = useCallback(() => layoutStorage.setItem(PROBLEMS_SIZED_BY_USER_KEY, 'true'), []);
  const unpin = useCallback(() => {
    layoutStorage.setItem(PROBLEMS_SIZED_BY_USER_KEY, 'false');
    fit(lastContent.current);
  }, [fit]);
  const value = useMemo(() => ({ sidebar, problems: { ...problemsPanel, fit, pin, unpin } }), [sidebar, problemsPanel, fit, pin, unpin]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The workbench's panel controls; null outside the provider (a panel rendered on its own). */
export function useWorkbenchControls(): WorkbenchControls | null {
  return useContext(Context);
}
