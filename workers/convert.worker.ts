import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerRequest, ConvertWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Conversion, format swaps and file preparation: seconds of work on big documents, never on the page.
serveJobs<ConvertWorkerRequest, ConvertWorkerResponse>(handleConvertRequest);
