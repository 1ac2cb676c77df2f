import { startTransition, useEffect, useState } from 'react';

/** Items rendered with the first paint of a list: about a screen of the documentation. */
export const FIRST_SCREEN = 8;
/** Items added per step afterwards; each step is its own (interruptible) render. */
export const STEP = 24;

/**
 * How many of a list's `total` items to render: a first screen at once, then the rest in steps, one per task,
 * so a large document's first paint is not held up by the thousands of items below it. `active` false (an
 * earlier list is still streaming) renders none yet. The count never shrinks: a new version of a document
 * already shown renders in full, as before (React time-slices it).
 */
export function useStreamedCount(total: number, active = true): number {
  const [count, setCount] = useState(FIRST_SCREEN);
  useEffect(() => {
    if (!active || count >= total) return;
    const handle = setTimeout(() => startTransition(() => setCount((c) => c + STEP)), 0);
    return () => clearTimeout(handle);
  }, [active, count, total]);
  return active ? Math.min(count, total) : 0;
}
