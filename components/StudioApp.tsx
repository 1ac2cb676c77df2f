'use client';

import Notices from '@/components/common/Notices';
import Dialogs from '@/components/dialogs/Dialogs';
import { TopErrorBoundary } from '@/components/common/TopErrorBoundary';
import Workbench from '@/components/layout/Workbench';
import { WorkbenchControlsProvider } from '@/components/layout/WorkbenchControls';
import { useApplyTheme } from '@/components/settings/useApplyTheme';
import StatusIndicator from '@/components/status/StatusIndicator';
import Toolbar from '@/components/toolbar/Toolbar';
import { StudioProvider } from '@/state/StudioProvider';
import { selectText } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

function StudioShell() {
  const store = useStudioStore();
  useApplyTheme();
  return (
    <TopErrorBoundary readText={() => selectText(store.getState())}>
      <WorkbenchControlsProvider>
        <div className="studio">
          <Toolbar />
          <Notices />
          <main className="studio-main">
            <Workbench />
          </main>
          <StatusIndicator />
          <Dialogs />
        </div>
      </WorkbenchControlsProvider>
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
