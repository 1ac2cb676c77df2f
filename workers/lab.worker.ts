import { checkExample } from '@/lib/messageLab/checkExample';
import { validateReceived } from '@/lib/live/validateReceived';
import { loadFormatValidators } from '@/lib/messageLab/createValidator';
import type { LabWorkerRequest, LabWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The message lab's checks (an example text against a message's schemas) and the Try panel's (live messages
// against their channel's messages): the same validators, in the same kind of worker.
// Avro and Protobuf validation are loaded before the first check (the panels using this worker are opened on demand).
serveJobs<LabWorkerRequest, LabWorkerResponse>(async (request) => {
  await loadFormatValidators();
  if (request.type === 'live-check') return { type: 'live-check-result', id: request.id, version: request.version, verdicts: validateReceived(request.batch) };
  const { id, version, payloadText, headersText, payloadSchema, headersSchema } = request;
  return { type: 'lab-result', id, version, payload: checkExample(payloadText, payloadSchema), headers: checkExample(headersText, headersSchema) };
});
