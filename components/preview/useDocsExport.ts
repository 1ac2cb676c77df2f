import { useCallback, useState } from 'react';
import type { DocsExportFormat } from '@/lib/docs/exportDocs';
import { useStudioStore } from '@/state/useStudio';
import { saveFile } from './saveFile';

/** Exports the previewed (last valid) version's documentation in the export worker and downloads it. */
export function useDocsExport(): { busy: DocsExportFormat | null; exportAs: (format: DocsExportFormat) => Promise<void> } {
  const store = useStudioStore();
  const [busy, setBusy] = useState<DocsExportFormat | null>(null);
  const exportAs = useCallback(
    async (format: DocsExportFormat) => {
      setBusy(format);
      try {
        const file = await store.getState().exportDocs(format);
        if (file) saveFile(file);
      } finally {
        setBusy((current) => (current === format ? null : current));
      }
    },
    [store],
  );
  return { busy, exportAs };
}
