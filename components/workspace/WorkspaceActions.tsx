'use client';

import { useState } from 'react';
import { downloadText } from '@/components/actions/fileSaving';
import { selectDiskChangeCount, selectFolderName, selectFolderWritable } from '@/state/treeSelectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { downloadBytes } from './downloadBytes';

/** Bundle the active document, download the workspace as a zip, save the folder (write back, or a zip of the changes). */
export default function WorkspaceActions() {
  const store = useStudioStore();
  const folderName = useStudio(selectFolderName);
  const writable = useStudio(selectFolderWritable);
  const changes = useStudio(selectDiskChangeCount);
  const [busy, setBusy] = useState<string | null>(null);

  const run = (name: string, job: () => Promise<void>) => {
    setBusy(name);
    void job().finally(() => setBusy(null));
  };
  const bundle = () =>
    run('bundle', async () => {
      const bundled = await store.getState().bundleActive();
      if (!bundled) return;
      downloadText(bundled.text, bundled.fileName, bundled.format);
      store.getState().notify('info', `Downloaded “${bundled.fileName}”: ${bundled.includedFiles.length === 0 ? 'it refers to no other file' : `${bundled.includedFiles.length} referenced ${bundled.includedFiles.length === 1 ? 'file' : 'files'} pulled in`}.`);
    });
  const zip = () =>
    run('zip', async () => {
      const zipped = await store.getState().zipWorkspace();
      if (zipped) downloadBytes(zipped.bytes, zipped.fileName, 'application/zip');
    });
  const save = () =>
    run('save', async () => {
      const saved = await store.getState().saveFolder();
      if (saved?.kind === 'zip') downloadBytes(saved.bytes, saved.fileName, 'application/zip');
    });

  return (
    <div className="workspace-sidebar-actions">
      <button type="button" data-testid="bundle-button" className="tab-action" disabled={busy !== null} onClick={bundle} title="Download the active document with every file its $refs reach pulled in, as one file">
        {busy === 'bundle' ? 'Bundling…' : 'Bundle'}
      </button>
      <button type="button" data-testid="download-workspace" className="tab-action" disabled={busy !== null} onClick={zip} title="Download every file of the workspace as a zip">
        Zip
      </button>
      {folderName !== null && (
        <button
          type="button"
          data-testid="save-folder"
          className="tab-action"
          disabled={busy !== null}
          onClick={save}
          title={writable ? `Write the changed files back into “${folderName}”` : 'This browser cannot write into the folder: downloads a zip of the changed files'}
        >
          {busy === 'save' ? 'Saving…' : writable ? `Save${changes > 0 ? ` (${changes})` : ''}` : `Save as zip${changes > 0 ? ` (${changes})` : ''}`}
        </button>
      )}
    </div>
  );
}
