import { checkExample } from '@/lib/messageLab/checkExample';
import type { LabWorkerRequest, LabWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The message lab's checks: read the example text and validate it against the message's schemas.
serveJobs<LabWorkerRequest, LabWorkerResponse>(({ id, version, payloadText, headersText, payloadSchema, headersSchema }) => ({
  type: 'lab-result',
  id,
  version,
  payload: checkExample(payloadText, payloadSchema),
  headers: checkExample(headersText, headersSchema),
}));
