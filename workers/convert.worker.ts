import { withConversionCheck } from './conversionCheck';
import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerRequest, ConvertWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Conversion, format swaps and file preparation: seconds of work on big documents, never on the page.
// A converted text is also checked by the parser, so its problems are known before it is applied.
serveJobs<ConvertWorkerRequest, ConvertWorkerResponse>((request) => withConversionCheck(handleConvertRequest(request)));
