import { runGovernance } from '@/lib/governance/runGovernance';
import type { GovernanceWorkerRequest, GovernanceWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Governance: the catalogue and the workspace's ruleset, on the document's text, after the parser's pass.
serveJobs<GovernanceWorkerRequest, GovernanceWorkerResponse>(({ id, version, text, file, settings, customRuleset }) => {
  const started = performance.now();
  const result = runGovernance({ text, file, settings, customRuleset });
  return { type: 'governance-result', id, version, result, elapsedMs: performance.now() - started };
});
