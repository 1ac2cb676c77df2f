'use client';

import dynamic from 'next/dynamic';

// The studio is a browser-only app: Monaco, workers and IndexedDB have no server-side meaning.
const StudioApp = dynamic(() => import('@/components/StudioApp'), {
  ssr: false,
  loading: () => <div className="boot">Loading the studio…</div>,
});

export default function Page() {
  return <StudioApp />;
}
