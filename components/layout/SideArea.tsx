'use client';

import { useMemo } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { isSplit } from '@/lib/layout/sideLayout';
import { selectPanels, selectSideLayout } from '@/state/selectors';
import { PANEL_NAMES } from '@/state/uiSlice';
import { useStudio } from '@/state/useStudio';
import { layoutStorage } from './layoutStorage';
import SidePane from './SidePane';

/**
 * The side panels beside the editor: one pane of tabs, or two stacked panes with a splitter between. The
 * upper pane stays at the same place in the tree either way, so splitting or joining never remounts its
 * panels (a graph keeps its zoom and selection when the inspector opens below it).
 */
export default function SideArea() {
  const panels = useStudio(selectPanels);
  const layout = useStudio(selectSideLayout);
  const split = isSplit(panels, layout, PANEL_NAMES);
  const panelIds = useMemo(() => ['pane-side-upper', 'pane-side-lower'], []);
  const sizes = useDefaultLayout({ id: 'layout-side-split', panelIds, storage: layoutStorage });
  return (
    <Group orientation="vertical" id="layout-side-split" className="layout-group" defaultLayout={split ? sizes.defaultLayout : undefined} onLayoutChanged={split ? sizes.onLayoutChanged : undefined}>
      <Panel id="pane-side-upper" className="layout-panel" minSize={90}>
        <SidePane pane={0} />
      </Panel>
      {split && <Separator id="splitter-side-split" className="splitter splitter-horizontal" aria-label="Resize the upper and lower side panes" />}
      {split && (
        <Panel id="pane-side-lower" className="layout-panel" minSize={90} defaultSize="45">
          <SidePane pane={1} />
        </Panel>
      )}
    </Group>
  );
}
