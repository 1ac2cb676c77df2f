'use client';

import { Keyboard, PanelBottom, PanelLeft, Settings } from 'lucide-react';
import DocumentActions from '@/components/actions/DocumentActions';
import { CompareButton } from '@/components/history/CompareButton';
import { PANELS } from '@/components/layout/panelRegistry';
import { useWorkbenchControls } from '@/components/layout/WorkbenchControls';
import { ShareButton } from '@/components/share/ShareButton';
import { useStudioStore } from '@/state/useStudio';
import { OpenFileButton } from './OpenFileButton';
import { PanelToggle } from './PanelToggle';
import { ToolbarButton } from './ToolbarButton';

/** The studio's top bar: its name, the document-level actions, the panels and the studio's own controls. */
export default function Toolbar() {
  const store = useStudioStore();
  const controls = useWorkbenchControls();
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">
        <svg viewBox="0 0 32 32" width={20} height={20} aria-hidden="true">
          <rect width="32" height="32" rx="6" fill="#1e3a5f" />
          <path d="M8 22l8-12 8 12" stroke="#7dd3fc" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="16" cy="22" r="2.5" fill="#fbbf24" />
        </svg>
        <span className="toolbar-title-text">AsyncAPI Studio</span>
      </h1>
      <nav className="toolbar-actions" aria-label="Document">
        <OpenFileButton />
        <DocumentActions />
        <CompareButton />
        <ShareButton />
      </nav>
      <nav className="toolbar-actions toolbar-panels" aria-label="Panels">
        {PANELS.map((panel) => (
          <PanelToggle key={panel.name} panel={panel} />
        ))}
        <span className="toolbar-divider" aria-hidden="true" />
        {controls && (
          <>
            <ToolbarButton
              testId="toggle-sidebar"
              icon={PanelLeft}
              label="Sidebar"
              labelMode="icon"
              hint={controls.sidebar.collapsed ? 'Show the sidebar' : 'Hide the sidebar'}
              shortcut="Ctrl/Cmd+B"
              aria-pressed={!controls.sidebar.collapsed}
              onClick={controls.sidebar.toggle}
            />
            <ToolbarButton
              testId="toggle-problems"
              icon={PanelBottom}
              label="Problems"
              labelMode="icon"
              hint={controls.problems.collapsed ? 'Show the problems' : 'Hide the problems'}
              shortcut="Ctrl/Cmd+J"
              aria-pressed={!controls.problems.collapsed}
              onClick={controls.problems.toggle}
            />
          </>
        )}
        <ToolbarButton testId="settings-button" icon={Settings} label="Settings" labelMode="icon" shortcut="Ctrl/Cmd+," onClick={() => store.getState().openDialog('settings')} />
        <ToolbarButton testId="shortcuts-help" icon={Keyboard} label="Keyboard shortcuts" labelMode="icon" shortcut="?" onClick={() => store.getState().openDialog('shortcuts')} />
      </nav>
    </header>
  );
}
