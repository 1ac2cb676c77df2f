'use client';

import EditorPanel from '@/components/editor/EditorPanel';
import Notices from '@/components/common/Notices';
import Dialogs from '@/components/dialogs/Dialogs';
import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import { TopErrorBoundary } from '@/components/common/TopErrorBoundary';
import SidePanels from '@/components/layout/SidePanels';
import ProblemsPanel from '@/components/problems/ProblemsPanel';
import StatusIndicator from '@/components/status/StatusIndicator';
import Toolbar from '@/components/toolbar/Toolbar';
import WorkspaceSidebar from '@/components/workspace/WorkspaceSidebar';
import { StudioProvider } from '@/state/StudioProvider';
import { selectText } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

function StudioShell() {
  const store = useStudioStore();
  return (
    <TopErrorBoundary readText={() => selectText(store.getState())}>
      <div className="studio">
        <Toolbar />
        <Notices />
        <main className="workspace">
          <PanelErrorBoundary name="workspace">
            <WorkspaceSidebar />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="editor">
            <EditorPanel />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="side">
            <SidePanels />
          </PanelErrorBoundary>
        </main>
        <PanelErrorBoundary name="problems">
          <ProblemsPanel />
        </PanelErrorBoundary>
        <StatusIndicator />
        <Dialogs />
      </div>
    </TopErrorBoundary>
  );
}

/** The whole studio, client-side only. */
export default function StudioApp() {
  return (
    <StudioProvider fallback={<div className="boot">Restoring your work…</div>}>
      <StudioShell />
    </StudioProvider>
  );
}
