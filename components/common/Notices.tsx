'use client';

import { memo, useEffect, useState } from 'react';
import { CircleX, Info, TriangleExclamationPoint, X } from 'lucide-react';
import type { Notice, NoticeTone } from '@/state/uiSlice';
import { selectNotices } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** How long an info notice stays; warnings and errors stay until dismissed (they ask for something). */
export const INFO_NOTICE_MS = 6000;

const ICON = { info: Info, warning: TriangleExclamationPoint, error: CircleX } as const;

/**
 * Messages about what just happened (a file opened, storage failed), in a strip of their own under the
 * toolbar: they push the workbench down instead of covering its controls.
 */
export default function Notices() {
  const notices = useStudio(selectNotices);
  return (
    // Always in the page, so that a notice added to it is announced (a live region must exist before it changes).
    <div className="notices" aria-live="polite" aria-label="Notices" role="region">
      {notices.map((n) => (
        <NoticeRow key={n.id} notice={n} />
      ))}
    </div>
  );
}

const NoticeRow = memo(function NoticeRow({ notice }: { notice: Notice }) {
  const store = useStudioStore();
  // An info notice waits while the pointer or the keyboard is on it, so it can be read to the end.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!leavesByItself(notice.tone) || held) return;
    const timer = setTimeout(() => store.getState().dismissNotice(notice.id), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, store]);
  const Icon = ICON[notice.tone];
  return (
    <div
      data-testid="notice"
      data-tone={notice.tone}
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : undefined}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon className="notice-icon" size={16} aria-hidden="true" />
      <span className="notice-message">{notice.message}</span>
      <button type="button" className="notice-dismiss" data-testid="notice-dismiss" aria-label="Dismiss" title="Dismiss" onClick={() => store.getState().dismissNotice(notice.id)}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
});

function leavesByItself(tone: NoticeTone): boolean {
  return tone === 'info';
}
