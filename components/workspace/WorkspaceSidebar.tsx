'use client';

import { useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { selectFolderLoading, selectFolderName } from '@/state/treeSelectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import DiskChanges from './DiskChanges';
import FileTree from './FileTree';
import WorkspaceActions from './WorkspaceActions';
import { useOpenFolder } from './useOpenFolder';
import './fileTree.css';

// React passes unknown lower-case attributes through as written: the folder input of every browser.
const FOLDER_INPUT = { webkitdirectory: '', directory: '' } as Record<string, string>;

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The workspace column: open a folder (picker, input or drop), its files as a tree, new file. */
export default function WorkspaceSidebar() {
  const store = useStudioStore();
  const folderName = useStudio(selectFolderName);
  const loading = useStudio(selectFolderLoading);
  const input = useRef<HTMLInputElement>(null);
  const folder = useOpenFolder();
  const [creating, setCreating] = useState(false);
  const [dragging, setDragging] = useState(false);

  const openFolder = async () => {
    if (!(await folder.withPicker())) input.current?.click();
  };
  const onNewKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setCreating(false);
    if (event.key !== 'Enter') return;
    if (store.getState().createFile(event.currentTarget.value) !== null) setCreating(false);
  };

  return (
    <section
      className={`workspace-sidebar${dragging ? ' is-dragging' : ''}`}
      aria-label="Workspace"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        void folder.fromDrop(event.dataTransfer);
      }}
    >
      <header className="panel-header workspace-sidebar-header">
        <h2 title={folderName ?? undefined}>{folderName ?? 'Workspace'}</h2>
      </header>
      <div className="workspace-sidebar-actions">
        <button type="button" data-testid="open-folder" className="tab-action" onClick={() => void openFolder()} title="Open a folder as the workspace (or drop one here)">
          Open folder…
        </button>
        <button type="button" data-testid="file-tree-new" className="tab-action" onClick={() => setCreating(true)} title="New file in the workspace">
          New file
        </button>
        {folderName !== null && (
          <button type="button" data-testid="close-folder" className="tab-action" onClick={() => store.getState().closeFolder()} title="Close the folder (its files leave the workspace)">
            Close
          </button>
        )}
        <input
          ref={input}
          data-testid="open-folder-input"
          type="file"
          multiple
          hidden
          {...FOLDER_INPUT}
          onChange={(event) => {
            const files = event.currentTarget.files;
            if (files && files.length > 0) void folder.fromInput(files);
            event.currentTarget.value = '';
          }}
        />
      </div>
      <WorkspaceActions />
      <DiskChanges />
      {creating && (
        <input
          data-testid="file-tree-new-input"
          className="file-tree-input file-tree-new-input"
          aria-label="Path of the new file"
          placeholder="schemas/user.yaml"
          autoFocus
          onKeyDown={onNewKey}
          onBlur={() => setCreating(false)}
        />
      )}
      {loading && (
        <p data-testid="folder-loading" className="workspace-sidebar-note" role="status">
          Reading “{loading.name}”: {loading.read} of {loading.total} files…
        </p>
      )}
      <FileTree />
      {dragging && <div className="drop-hint">Drop a folder to open it as the workspace</div>}
    </section>
  );
}
