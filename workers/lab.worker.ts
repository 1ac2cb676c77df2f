import { checkExample } from '@/lib/messageLab/checkExample';
import { READY } from './protocol';
import type { LabWorkerRequest, LabWorkerResponse } from './protocol';

// The message lab's checks: read the example text and validate it against the message's schemas.
const post = (message: LabWorkerResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LabWorkerRequest>) => {
  const { id, version, payloadText, headersText, payloadSchema, headersSchema } = event.data;
  try {
    post({ type: 'lab-result', id, version, payload: checkExample(payloadText, payloadSchema), headers: checkExample(headersText, headersSchema) });
  } catch (error) {
    post({ type: 'job-error', id, version, message: error instanceof Error ? error.message : String(error) });
  }
};

self.postMessage(READY);
