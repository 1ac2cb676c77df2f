import { describe, expect, it } from 'vitest';
import { stringify } from '@asyncapi/parser';
import { exportDocumentation } from '@/lib/docs/exportDocs';
import { parseCorpus } from '@/lib/docs/testDocuments';
import { createDocsExportClient } from './docsExportClient';
import type { WorkerLike } from './latestJobRunner';
import type { DocsExportWorkerRequest } from './protocol';

/** Runs the export in-process, answering on a later task as a worker would; `broken` makes it crash. */
function inProcessWorker(broken = false): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (message) => {
      const { id, version, documentJson, format } = message as DocsExportWorkerRequest;
      setTimeout(() => {
        if (broken) worker.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
        else worker.onmessage?.({ data: { type: 'export-docs-result', id, version, file: exportDocumentation(documentJson, format) } } as MessageEvent);
      }, 0);
    },
  };
  return worker;
}

describe('docs export client', () => {
  it('answers each export with its file; a queued export that a newer one replaced is superseded', async () => {
    const json = stringify(await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'))!;
    const client = createDocsExportClient({ createWorker: () => inProcessWorker() });
    const first = client.exportDocs(1, json, 'html');
    const replaced = client.exportDocs(1, json, 'markdown');
    const last = client.exportDocs(1, json, 'markdown');
    await expect(first).resolves.toMatchObject({ kind: 'done', result: { fileName: 'streetlights-kafka-api.html' } });
    await expect(replaced).resolves.toEqual({ kind: 'superseded' });
    const outcome = await last;
    expect(outcome.kind === 'done' && outcome.result.fileName).toBe('streetlights-kafka-api.md');
    expect(outcome.kind === 'done' && outcome.result.text).toContain('lightingMeasured');
    client.dispose();
  });

  it('fails with a message naming the export when the worker crashes, and works again afterwards', async () => {
    const json = stringify(await parseCorpus('cli/specification-avro.yml'))!;
    let crashes = 1;
    const client = createDocsExportClient({ createWorker: () => inProcessWorker(crashes-- > 0) });
    await expect(client.exportDocs(1, json, 'markdown')).resolves.toEqual({ kind: 'failed', reason: expect.stringMatching(/^The export stopped: its worker crashed \(boom\)/) });
    await expect(client.exportDocs(1, json, 'markdown')).resolves.toMatchObject({ kind: 'done', result: { mimeType: 'text/markdown;charset=utf-8' } });
    client.dispose();
  });
});
