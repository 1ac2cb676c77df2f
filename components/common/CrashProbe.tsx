'use client';

/** localStorage key of the crash probe: set it to a panel name ('problems', 'editor', 'side') or 'top'. */
export const CRASH_PROBE_KEY = 'studio:crash-panel';

function requestedCrash(): string | null {
  try {
    return window.localStorage.getItem(CRASH_PROBE_KEY);
  } catch {
    return null;
  }
}

/**
 * A test hook for the error boundaries (e2e/errorBoundaries.spec.ts): renders nothing, unless someone set
 * localStorage['studio:crash-panel'] to this place's name on purpose; then it throws, as a broken panel would.
 */
export function CrashProbe({ place }: { place: string }) {
  if (requestedCrash() === place) throw new Error(`Crash requested by localStorage['${CRASH_PROBE_KEY}'] for the ${place} panel.`);
  return null;
}
