'use client';

import { useState } from 'react';
import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import { SIDEBAR_VIEWS } from './sidebarRegistry';
import { useWorkbenchControls } from './WorkbenchControls';

/** The left sidebar: one view of SIDEBAR_VIEWS at a time, a tab per view when there are several. */
export default function Sidebar() {
  const [viewId, setViewId] = useState(SIDEBAR_VIEWS[0]?.id);
  const view = SIDEBAR_VIEWS.find((v) => v.id === viewId) ?? SIDEBAR_VIEWS[0];
  // Folded to nothing, it must not take the keyboard's focus either.
  const folded = useWorkbenchControls()?.sidebar.collapsed ?? false;
  if (!view) return null;
  return (
    <aside className="sidebar" data-testid="sidebar" aria-label="Sidebar" inert={folded}>
      <header className="panel-header sidebar-header">
        {SIDEBAR_VIEWS.length > 1 ? (
          <div className="sidebar-tabs" role="tablist" aria-label="Sidebar views">
            {SIDEBAR_VIEWS.map((v) => {
              const Icon = v.icon;
              return (
                <button
                  key={v.id}
                  type="button"
                  role="tab"
                  id={`sidebar-tab-${v.id}`}
                  data-testid={`sidebar-tab-${v.id}`}
                  aria-selected={v.id === view.id}
                  aria-controls={`sidebar-view-${v.id}`}
                  aria-label={v.label}
                  title={v.label}
                  className="toolbar-button is-icon"
                  onClick={() => setViewId(v.id)}
                >
                  <Icon size={16} aria-hidden="true" />
                </button>
              );
            })}
          </div>
        ) : null}
        <h2>{view.label}</h2>
      </header>
      <div
        className="sidebar-body"
        id={`sidebar-view-${view.id}`}
        data-testid={`sidebar-view-${view.id}`}
        role={SIDEBAR_VIEWS.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={SIDEBAR_VIEWS.length > 1 ? `sidebar-tab-${view.id}` : undefined}
      >
        <PanelErrorBoundary name={view.label.toLowerCase()}>{view.render()}</PanelErrorBoundary>
      </div>
    </aside>
  );
}
