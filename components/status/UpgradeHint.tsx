'use client';

import { selectUpgradeTarget } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import '@/components/dialogs/dialogs.css';

/** A quiet offer in the status bar to upgrade an old (1.x/2.x) document; it never takes the keyboard. */
export default function UpgradeHint() {
  const store = useStudioStore();
  const target = useStudio(selectUpgradeTarget);
  if (!target) return null;
  return (
    <button
      type="button"
      data-testid="upgrade-hint"
      className="upgrade-hint"
      title="Open the conversion dialog to compare and apply"
      onClick={() => store.getState().openDialog('convert')}
    >
      Upgrade to {target}
    </button>
  );
}
