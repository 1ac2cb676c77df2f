import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { READY } from './protocol';
import type { SyntaxWorkerRequest, SyntaxWorkerResponse } from './protocol';

// The fast pass: YAML/JSON syntax and the hostile-input guards, answered in milliseconds.
const post = (message: SyntaxWorkerResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<SyntaxWorkerRequest>) => {
  const { id, version, text } = event.data;
  try {
    const check = checkSyntax(text);
    post({
      type: 'syntax-result',
      id,
      version,
      result: { format: check.format, specVersion: check.specVersion, diagnostics: check.ok ? [] : check.diagnostics },
    });
  } catch (error) {
    post({ type: 'job-error', id, version, message: error instanceof Error ? error.message : String(error) });
  }
};

self.postMessage(READY);
