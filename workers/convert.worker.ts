import { loadAllSpecSchemas } from '@/lib/shims/asyncapiSpecs';
import { withConversionCheck } from './conversionCheck';
import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerRequest, ConvertWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Conversion, format swaps and file preparation: seconds of work on big documents, never on the page.
// A converted text is also checked by the parser, so its problems are known before it is applied.
// An upgrade reads the target version's binding schemas (lib/convert/bindingUpgrade.ts), loaded on first need.
serveJobs<ConvertWorkerRequest, ConvertWorkerResponse>(async (request) => {
  await loadAllSpecSchemas();
  return withConversionCheck(handleConvertRequest(request));
});
