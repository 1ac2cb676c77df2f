'use client';

import { memo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { selectFileVerdict } from '@/state/analysisSelectors';
import { selectIsActive, selectIsAsyncApiFile, selectIsChangedFromDisk, selectIsOpenTab } from '@/state/treeSelectors';
import type { TreeEntry } from '@/state/treeSelectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { fileNameOf } from './fileTreeModel';

const SKIP_REASONS: Record<string, string> = {
  'too-large': 'not read: over the size limit',
  binary: 'not read: a binary file',
  excluded: 'not read: in a skipped folder',
};

/** A file listed without its text: shown, not openable. */
function SkippedItem({ entry, depth }: { entry: TreeEntry; depth: number }) {
  const why = SKIP_REASONS[entry.skipped ?? ''] ?? 'not read';
  return (
    <li role="treeitem" aria-selected={false} data-testid="file-tree-item" data-path={entry.path} data-kind="skipped" className="file-tree-item is-skipped" style={{ paddingLeft: 8 + depth * 12 }} title={`${entry.path}: ${why}`}>
      <span className="file-tree-name">{fileNameOf(entry.path)}</span>
      <span className="file-tree-note">{why}</span>
    </li>
  );
}

/** One file of the workspace: click opens it, F2 or double-click renames, the bin deletes (after a confirmation). */
function FileItem({ id, path, depth }: { id: string; path: string; depth: number }) {
  const store = useStudioStore();
  const asyncapi = useStudio(selectIsAsyncApiFile(id));
  const active = useStudio(selectIsActive(id));
  const open = useStudio(selectIsOpenTab(id));
  const changed = useStudio(selectIsChangedFromDisk(id));
  const verdict = useStudio(selectFileVerdict(id));
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');

  const commitRename = (value: string) => {
    setMode('view');
    if (value.trim() !== path) store.getState().renameDocument(id, value);
  };
  const onRenameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitRename(event.currentTarget.value);
    else if (event.key === 'Escape') setMode('view');
  };

  return (
    <li
      role="treeitem"
      aria-selected={active}
      data-testid="file-tree-item"
      data-path={path}
      data-kind={asyncapi ? 'asyncapi' : 'file'}
      data-active={active ? 'true' : 'false'}
      data-verdict={verdict}
      tabIndex={active ? 0 : -1}
      className={`file-tree-item${active ? ' is-active' : ''}${open ? ' is-open' : ''}`}
      style={{ paddingLeft: 8 + depth * 12 }}
      title={path}
      onClick={() => mode === 'view' && store.getState().switchTo(id)}
      onDoubleClick={() => setMode('rename')}
      onKeyDown={(event) => {
        if (mode !== 'view') return;
        if (event.key === 'F2') setMode('rename');
        else if (event.key === 'Enter') store.getState().switchTo(id);
        else if (event.key === 'Delete') setMode('delete');
      }}
    >
      <span className={`file-tree-icon${asyncapi ? ' is-asyncapi' : ''}`} aria-label={asyncapi ? 'AsyncAPI document' : 'file'} title={asyncapi ? 'AsyncAPI document' : undefined}>
        {asyncapi ? 'A' : ''}
      </span>
      {mode === 'rename' ? (
        <input
          data-testid="file-tree-rename-input"
          className="file-tree-input"
          aria-label="New path"
          defaultValue={path}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={onRenameKey}
          onBlur={(event) => commitRename(event.currentTarget.value)}
        />
      ) : (
        <span className="file-tree-name">{fileNameOf(path)}</span>
      )}
      {changed && <span className="file-tree-changed" title="Changed since it was read from (or written to) the folder" aria-label="changed" />}
      {verdict === 'invalid' && <span className="file-tree-verdict" title="Has errors" aria-label="has errors" />}
      {mode === 'delete' ? (
        <span className="file-tree-confirm" onClick={(event) => event.stopPropagation()}>
          Delete?
          <button type="button" data-testid="file-tree-delete-confirm" onClick={() => store.getState().deleteFile(id)}>
            Yes
          </button>
          <button type="button" onClick={() => setMode('view')}>
            No
          </button>
        </span>
      ) : (
        <button
          type="button"
          data-testid="file-tree-delete"
          className="file-tree-action"
          aria-label={`Delete ${path}`}
          title="Delete"
          onClick={(event) => {
            event.stopPropagation();
            setMode('delete');
          }}
        >
          ×
        </button>
      )}
    </li>
  );
}

/** A tree row, subscribed to its own file only (STYLE 15). */
export const FileTreeItem = memo(function FileTreeItem({ entry, depth }: { entry: TreeEntry; depth: number }) {
  if (!entry.id) return <SkippedItem entry={entry} depth={depth} />;
  return <FileItem id={entry.id} path={entry.path} depth={depth} />;
});
