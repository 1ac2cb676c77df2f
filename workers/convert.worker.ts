import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerRequest, ConvertWorkerResponse } from './protocol';

// Conversion, format swaps and file preparation: seconds of work on big documents, never on the page.
const post = (message: ConvertWorkerResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ConvertWorkerRequest>) => post(handleConvertRequest(event.data));
