import { useEffect, useState } from 'react';

/** Rows mounted at once: more than the panel ever shows. */
export const FIRST_ROWS = 50;
/** Rows mounted per later task: each batch stays a short task (every row has its icons and buttons). */
export const ROWS_PER_TASK = 100;

/**
 * How many of `total` rows to mount now. A long list (hundreds of problems when a large document arrives) is
 * mounted a batch per task instead of in one long task; the count only grows, so later analyses render the
 * rows already there (memoized) in one go.
 */
export function useMountedRows(total: number): number {
  const [mounted, setMounted] = useState(FIRST_ROWS);
  useEffect(() => {
    if (mounted >= total) return;
    const handle = setTimeout(() => setMounted((n) => n + ROWS_PER_TASK), 0);
    return () => clearTimeout(handle);
  }, [mounted, total]);
  return Math.min(mounted, total);
}
