'use client';

import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ArrowDownToLine, ArrowUpToLine, X } from 'lucide-react';
import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import { isSplit, shownIn, tabsOf } from '@/lib/layout/sideLayout';
import type { PaneIndex } from '@/lib/layout/sideLayout';
import { selectPanels, selectSideLayout } from '@/state/selectors';
import { PANEL_NAMES } from '@/state/uiSlice';
import type { PanelName } from '@/state/uiSlice';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { panelDefinition } from './panelRegistry';

const tabId = (name: PanelName) => `side-tab-${name}`;
const tabPanelId = (name: PanelName) => `side-tabpanel-${name}`;

/**
 * One pane of side panels as tabs. A panel's content mounts when its tab is first shown and stays
 * mounted (hidden) behind other tabs, so a graph's view or an example typed in the lab survives a tab switch.
 */
export default function SidePane({ pane }: { pane: PaneIndex }) {
  const store = useStudioStore();
  const panels = useStudio(selectPanels);
  const layout = useStudio(selectSideLayout);
  const tabs = tabsOf(panels, layout, PANEL_NAMES, pane);
  const shown = shownIn(panels, layout, PANEL_NAMES, pane);
  const split = isSplit(panels, layout, PANEL_NAMES);
  const [mounted, setMounted] = useState<PanelName[]>([]);
  if (shown && !mounted.includes(shown)) setMounted([...mounted, shown]);

  const focusTab = (name: PanelName) => {
    store.getState().showPanel(name);
    document.getElementById(tabId(name))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!shown) return;
    const index = tabs.indexOf(shown);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (event.key === 'Delete') {
      event.preventDefault();
      store.getState().closePanel(shown);
      return;
    }
    if (!(event.key in next)) return;
    event.preventDefault();
    focusTab(tabs[(next[event.key]! + tabs.length) % tabs.length]!);
  };

  const shownLabel = shown ? panelDefinition(shown).label : '';
  const MoveIcon = pane === 0 ? ArrowDownToLine : ArrowUpToLine;
  const canMove = split || tabs.length > 1;
  return (
    <div className="side-pane" data-testid="side-pane" data-pane={pane === 0 ? 'upper' : 'lower'}>
      <div className="side-pane-header">
        <div className="side-tabs" role="tablist" aria-label={split ? (pane === 0 ? 'Upper side panels' : 'Lower side panels') : 'Side panels'} onKeyDown={onKeyDown}>
          {tabs.map((name) => {
            const { label, icon: Icon } = panelDefinition(name);
            const selected = name === shown;
            return (
              <div
                key={name}
                role="tab"
                id={tabId(name)}
                data-testid="side-tab"
                data-panel={name}
                aria-selected={selected}
                aria-controls={tabPanelId(name)}
                tabIndex={selected ? 0 : -1}
                className={`side-tab${selected ? ' is-active' : ''}`}
                title={`${label} (Delete closes it)`}
                onClick={() => store.getState().showPanel(name)}
                onAuxClick={(event) => event.button === 1 && store.getState().closePanel(name)}
              >
                <Icon size={14} aria-hidden="true" />
                <span>{label}</span>
                {/* The mouse's close target; keyboards use Delete or the pane's Close button. */}
                <span
                  className="side-tab-close"
                  aria-hidden="true"
                  onClick={(event) => {
                    event.stopPropagation();
                    store.getState().closePanel(name);
                  }}
                >
                  <X size={12} />
                </span>
              </div>
            );
          })}
        </div>
        {shown && (
          <div className="side-pane-actions">
            <button
              type="button"
              data-testid="side-pane-move"
              className="toolbar-button is-icon"
              disabled={!canMove}
              aria-label={pane === 0 ? `Move ${shownLabel} to a pane below` : `Move ${shownLabel} to the pane above`}
              title={pane === 0 ? `Split: show ${shownLabel} in a pane below` : `Move ${shownLabel} to the pane above`}
              onClick={() => store.getState().movePanel(shown)}
            >
              <MoveIcon size={15} aria-hidden="true" />
            </button>
            <button
              type="button"
              data-testid="side-pane-close"
              className="toolbar-button is-icon"
              aria-label={`Close ${shownLabel}`}
              title={`Close ${shownLabel}`}
              onClick={() => store.getState().closePanel(shown)}
            >
              <X size={15} aria-hidden="true" />
            </button>
          </div>
        )}
      </div>
      <div className="side-pane-body">
        {tabs
          .filter((name) => mounted.includes(name) || name === shown)
          .map((name) => (
            <div
              key={name}
              role="tabpanel"
              id={tabPanelId(name)}
              aria-labelledby={tabId(name)}
              className={`side-tabpanel${name === shown ? ' is-shown' : ''}`}
              inert={name !== shown}
            >
              <PanelContent name={name} />
            </div>
          ))}
      </div>
    </div>
  );
}

/** One panel whose failure stays inside it; panels without a header of their own get a named section. */
function PanelContent({ name }: { name: PanelName }) {
  const panel = panelDefinition(name);
  const content = <PanelErrorBoundary name={panel.label.toLowerCase()}>{panel.render()}</PanelErrorBoundary>;
  if (!panel.frame) return content;
  return (
    <section className={panel.frame.narrow ? 'side-panel side-panel-narrow' : 'side-panel'} data-testid={panel.frame.testId} aria-label={panel.frame.heading}>
      {content}
    </section>
  );
}
