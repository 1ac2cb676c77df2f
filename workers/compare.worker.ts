import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { createParser } from '@/lib/analysis/createParser';
import { compareTexts } from '@/lib/diff/compareTexts';
import { loadAllSpecSchemas } from '@/lib/shims/asyncapiSpecs';
import type { ParseCache } from '@/lib/diff/compareTexts';
import type { CompareWorkerRequest, CompareWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Comparison: two parses, maybe an upgrade of a 2.x side, then the classified changes and the changelog.
const parser = createParser({ isOriginAllowed });
const cache: ParseCache = new Map();
let origins = '';

serveJobs<CompareWorkerRequest, CompareWorkerResponse>(async ({ id, version, oldText, newText, oldLabel, newLabel, allowedOrigins }) => {
  // A parse made under other permissions may have resolved (or refused) other $refs.
  const key = [...allowedOrigins].sort().join(' ');
  if (key !== origins) cache.clear();
  origins = key;
  setAllowedOrigins(allowedOrigins);
  const started = performance.now();
  // A 2.x side is upgraded first, which reads the target version's binding schemas.
  await loadAllSpecSchemas();
  const result = await compareTexts({ oldText, newText, oldLabel, newLabel }, parser, cache);
  return { type: 'compare-result', id, version, result, elapsedMs: performance.now() - started };
});
