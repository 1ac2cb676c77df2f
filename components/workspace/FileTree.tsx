'use client';

import { memo, useCallback, useMemo, useState } from 'react';
import { selectActiveFile } from '@/state/selectors';
import { parseTreeListing, selectTreeListing } from '@/state/treeSelectors';
import { useStudio } from '@/state/useStudio';
import { ancestorsOf, buildTree } from './fileTreeModel';
import type { TreeFolder } from './fileTreeModel';
import { FileTreeItem } from './FileTreeItem';

// A folder shows this many entries at first; thousands of rows would cost layout time for nothing.
const PAGE = 200;
// Small workspaces open fully expanded; larger ones show their top level.
const EXPAND_ALL_UP_TO = 200;

const selectActivePath = (s: Parameters<typeof selectActiveFile>[0]) => selectActiveFile(s).path;

const FolderRows = memo(function FolderRows({ folder, depth, expanded, toggle }: { folder: TreeFolder; depth: number; expanded: ReadonlySet<string>; toggle: (path: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  const rows = [...folder.folders.map((f) => ({ folder: f })), ...folder.files.map((entry) => ({ entry }))];
  return (
    <>
      {rows.slice(0, shown).map((row) =>
        'folder' in row ? (
          <FolderNode key={`d:${row.folder.path}`} folder={row.folder} depth={depth} expanded={expanded} toggle={toggle} />
        ) : (
          <FileTreeItem key={`f:${row.entry.path}`} entry={row.entry} depth={depth} />
        ),
      )}
      {rows.length > shown && (
        <li className="file-tree-more" style={{ paddingLeft: 8 + depth * 12 }}>
          <button type="button" data-testid="file-tree-more" onClick={() => setShown(shown + PAGE * 5)}>
            Show {Math.min(rows.length - shown, PAGE * 5)} more of {rows.length - shown}
          </button>
        </li>
      )}
    </>
  );
});

function FolderNode({ folder, depth, expanded, toggle }: { folder: TreeFolder; depth: number; expanded: ReadonlySet<string>; toggle: (path: string) => void }) {
  const open = expanded.has(folder.path);
  return (
    <li role="treeitem" aria-expanded={open} aria-selected={false} className="file-tree-folder-node">
      <button type="button" data-testid="file-tree-folder" data-path={folder.path} className="file-tree-folder" style={{ paddingLeft: 8 + depth * 12 }} onClick={() => toggle(folder.path)}>
        <span className="file-tree-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {folder.name}
        <span className="file-tree-count">{folder.count}</span>
      </button>
      {open && (
        <ul role="group" className="file-tree-group">
          <FolderRows folder={folder} depth={depth + 1} expanded={expanded} toggle={toggle} />
        </ul>
      )}
    </li>
  );
}

/** The workspace's files as folders and files (contract: `file-tree`, `file-tree-item` with `data-path`). */
export default function FileTree() {
  const listing = useStudio(selectTreeListing);
  const activePath = useStudio(selectActivePath);
  const root = useMemo(() => buildTree(parseTreeListing(listing)), [listing]);
  // Folders open by default: all of them in a small workspace, else those holding the active file.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const allOpen = root.count <= EXPAND_ALL_UP_TO;

  const expanded = useMemo(() => {
    const open = new Set(opened);
    for (const a of ancestorsOf(activePath)) open.add(a);
    const walk = (folder: TreeFolder) =>
      folder.folders.forEach((f) => {
        if (allOpen) open.add(f.path);
        walk(f);
      });
    walk(root);
    for (const c of closed) open.delete(c);
    return open;
  }, [opened, closed, activePath, allOpen, root]);

  const toggle = useCallback(
    (path: string) => {
      const open = expanded.has(path);
      setOpened((current) => {
        const next = new Set(current);
        if (open) next.delete(path);
        else next.add(path);
        return next;
      });
      setClosed((current) => {
        const next = new Set(current);
        if (open) next.add(path);
        else next.delete(path);
        return next;
      });
    },
    [expanded],
  );

  return (
    <ul data-testid="file-tree" role="tree" aria-label="Workspace files" className="file-tree">
      <FolderRows folder={root} depth={0} expanded={expanded} toggle={toggle} />
    </ul>
  );
}
