'use client';

import { useMemo } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { Layout, LayoutChangedMeta } from 'react-resizable-panels';
import EditorPanel from '@/components/editor/EditorPanel';
import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import ProblemsPanel from '@/components/problems/ProblemsPanel';
import { selectPanels } from '@/state/selectors';
import { PANEL_NAMES } from '@/state/uiSlice';
import { useStudio } from '@/state/useStudio';
import { layoutStorage } from './layoutStorage';
import SideArea from './SideArea';
import Sidebar from './Sidebar';
import { PROBLEMS_COLLAPSED_PX, PROBLEMS_MIN_PX, useWorkbenchControls } from './WorkbenchControls';
import { useWorkbenchShortcuts } from './useWorkbenchShortcuts';
import './layout.css';

/** Wide enough for the sidebar beside an editor and a side panel; narrower windows start with it folded. */
const SIDEBAR_OPEN_FROM_PX = 1200;

/**
 * The studio's body: the left sidebar | the editor and the side panels, above the problems. Every
 * splitter drags, resets on double-click and moves with the arrow keys (react-resizable-panels);
 * sizes are kept in this browser by the library's own `useDefaultLayout` storage (localStorage).
 */
export default function Workbench() {
  const controls = useWorkbenchControls();
  const panels = useStudio(selectPanels);
  const sideOpen = PANEL_NAMES.some((name) => panels[name]);
  useWorkbenchShortcuts();

  const columns = useDefaultLayout({ id: 'layout-columns', storage: layoutStorage });
  const rows = useDefaultLayout({ id: 'layout-rows', storage: layoutStorage });
  const editorSideIds = useMemo(() => (sideOpen ? ['pane-editor', 'pane-side'] : ['pane-editor']), [sideOpen]);
  const editorSide = useDefaultLayout({ id: 'layout-editor-side', panelIds: editorSideIds, storage: layoutStorage });

  const onRowsChanged = (layout: Layout, meta: LayoutChangedMeta) => {
    rows.onLayoutChanged(layout, meta);
    controls?.problems.sync();
    if (meta.isUserInteraction) controls?.problems.pin();
  };

  return (
    <Group orientation="horizontal" id="layout-columns" className="workbench" defaultLayout={columns.defaultLayout} onLayoutChanged={columns.onLayoutChanged}>
      <Panel
        id="pane-sidebar"
        className="layout-panel"
        panelRef={controls?.sidebar.ref}
        collapsible
        collapsedSize={0}
        minSize={160}
        maxSize="40%"
        defaultSize={window.innerWidth >= SIDEBAR_OPEN_FROM_PX ? 220 : 0}
        groupResizeBehavior="preserve-pixel-size"
        onResize={() => controls?.sidebar.sync()}
      >
        <PanelErrorBoundary name="sidebar">
          <Sidebar />
        </PanelErrorBoundary>
      </Panel>
      <Separator id="splitter-sidebar" className="splitter splitter-vertical" aria-label="Resize the sidebar" />
      <Panel id="pane-main" className="layout-panel" minSize="50%">
        <Group orientation="vertical" id="layout-rows" className="layout-group" defaultLayout={rows.defaultLayout} onLayoutChanged={onRowsChanged}>
          <Panel id="pane-top" className="layout-panel" minSize={140}>
            <Group
              orientation="horizontal"
              id="layout-editor-side"
              className="layout-group"
              defaultLayout={editorSide.defaultLayout}
              onLayoutChanged={editorSide.onLayoutChanged}
            >
              <Panel id="pane-editor" className="layout-panel" minSize={220}>
                <PanelErrorBoundary name="editor">
                  <EditorPanel />
                </PanelErrorBoundary>
              </Panel>
              {sideOpen && (
                <>
                  <Separator id="splitter-editor-side" className="splitter splitter-vertical" aria-label="Resize the editor and the side panels" />
                  <Panel id="pane-side" className="layout-panel" minSize={260} defaultSize="50%">
                    <PanelErrorBoundary name="side">
                      <SideArea />
                    </PanelErrorBoundary>
                  </Panel>
                </>
              )}
            </Group>
          </Panel>
          <Separator
            id="splitter-problems"
            className="splitter splitter-horizontal"
            aria-label="Resize the problems panel (double-click: fit its content)"
            onDoubleClick={() => setTimeout(() => controls?.problems.unpin(), 0)}
          />
          <Panel
            id="pane-problems"
            className="layout-panel"
            panelRef={controls?.problems.ref}
            collapsible
            collapsedSize={PROBLEMS_COLLAPSED_PX}
            minSize={PROBLEMS_MIN_PX}
            maxSize="45%"
            defaultSize={PROBLEMS_MIN_PX + 30}
            groupResizeBehavior="preserve-pixel-size"
            onResize={() => controls?.problems.sync()}
          >
            <PanelErrorBoundary name="problems">
              <ProblemsPanel />
            </PanelErrorBoundary>
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}
