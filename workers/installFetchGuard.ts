import { guardFetch } from '@/lib/analysis/fetchGuard';

// Imported before anything else by the analysis worker: the parser's HTTP reader (node-fetch's
// browser build) keeps a reference to the global fetch taken when it loads, so the guard must be in place first.
let allowed: ReadonlySet<string> = new Set();
self.fetch = guardFetch(self.fetch.bind(self), self.location.origin, () => allowed);

/** Origins the user allowed external $refs to be fetched from. */
export function setAllowedOrigins(origins: ReadonlyArray<string>): void {
  allowed = new Set(origins);
}

/** Whether external $refs to this origin may be fetched (the page's own origin always may). */
export function isOriginAllowed(origin: string): boolean {
  return origin === self.location.origin || allowed.has(origin);
}
