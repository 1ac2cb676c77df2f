'use client';

import { selectNotices } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Messages about what just happened (a file opened, storage failed), where the user is looking. */
export default function Notices() {
  const notices = useStudio(selectNotices);
  const store = useStudioStore();
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} data-testid="notice" data-tone={n.tone} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.message}</span>
          <button type="button" aria-label="Dismiss" onClick={() => store.getState().dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
