import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Items rendered with the first paint of a list: about a screen of the documentation. */
export const FIRST_SCREEN = 8;
/** Items added by the first step afterwards; later steps grow or shrink to stay within STEP_BUDGET_MS. */
export const FIRST_STEP = 16;
/** What one step (its render and commit) may take: under a long task, so typing meanwhile stays smooth. */
const STEP_BUDGET_MS = 40;
const MAX_STEP = 128;

/** When the page has nothing more urgent to do (a keystroke, a frame), or soon after where idle callbacks are missing. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * How many of a list's `total` items to render: a first screen at once, then the rest in steps, each in an idle
 * moment and sized by how long the previous one took, so a large document's first paint is not held up by the
 * thousands of items below it and no step becomes a long task. `active` false (an earlier list is still
 * streaming) renders none yet. The count never shrinks: a new version of a document already shown renders in
 * full, as before (React time-slices it, and its commit only updates what changed).
 */
export function useStreamedCount(total: number, active = true): number {
  const [count, setCount] = useState(FIRST_SCREEN);
  const step = useRef(FIRST_STEP);
  const requested = useRef<number | null>(null);
  // Right after a step's commit: how long its render and commit took decides the next step's size.
  useLayoutEffect(() => {
    if (requested.current === null) return;
    const took = performance.now() - requested.current;
    requested.current = null;
    if (took > STEP_BUDGET_MS) step.current = Math.max(1, Math.floor(step.current / 2));
    else if (took < STEP_BUDGET_MS / 3) step.current = Math.min(MAX_STEP, step.current * 2);
  }, [count]);
  useEffect(() => {
    if (!active || count >= total) return;
    return whenIdle(() => {
      requested.current = performance.now();
      startTransition(() => setCount((c) => c + step.current));
    });
  }, [active, count, total]);
  return active ? Math.min(count, total) : 0;
}
