import { useCallback, useState } from 'react';
import type { DocsExportFormat } from '@/lib/docs/exportDocs';
import { selectLastValidVersion, selectDocumentJson } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { docsExportClient } from '@/workers/docsExportClient';
import { saveFile } from './saveFile';
import { messageOf } from '@/lib/errors/messageOf';

/** Exports the previewed (last valid) version's documentation in the export worker and downloads it. */
export function useDocsExport(): { busy: DocsExportFormat | null; exportAs: (format: DocsExportFormat) => Promise<void> } {
  const store = useStudioStore();
  const [busy, setBusy] = useState<DocsExportFormat | null>(null);
  const exportAs = useCallback(
    async (format: DocsExportFormat) => {
      const state = store.getState();
      const documentJson = selectDocumentJson(state);
      if (!documentJson) return;
      setBusy(format);
      try {
        saveFile(await docsExportClient().exportDocs(selectLastValidVersion(state) ?? 0, documentJson, format));
      } catch (error) {
        const message = messageOf(error);
        if (!message.includes('newer export')) store.getState().notify('error', `The documentation could not be exported: ${message}`);
      } finally {
        setBusy((current) => (current === format ? null : current));
      }
    },
    [store],
  );
  return { busy, exportAs };
}
