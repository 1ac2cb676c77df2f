import type { TreeEntry } from '@/state/treeSelectors';

/** A folder of the tree with its sub-folders and files, each list sorted by name. */
export interface TreeFolder {
  /** '' for the root; else the folder's path inside the workspace. */
  path: string;
  name: string;
  folders: TreeFolder[];
  files: TreeEntry[];
  /** Files in this folder and below. */
  count: number;
}

/** Nests the flat listing into folders. Pure; runs when files come, go or are renamed. */
export function buildTree(entries: ReadonlyArray<TreeEntry>): TreeFolder {
  const root: TreeFolder = { path: '', name: '', folders: [], files: [], count: 0 };
  const folders = new Map<string, TreeFolder>([['', root]]);
  const folderAt = (path: string): TreeFolder => {
    const known = folders.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = folderAt(slash === -1 ? '' : path.slice(0, slash));
    const folder: TreeFolder = { path, name: path.slice(slash + 1), folders: [], files: [], count: 0 };
    parent.folders.push(folder);
    folders.set(path, folder);
    return folder;
  };
  for (const entry of entries) {
    const slash = entry.path.lastIndexOf('/');
    folderAt(slash === -1 ? '' : entry.path.slice(0, slash)).files.push(entry);
  }
  const finish = (folder: TreeFolder): number => {
    folder.folders.sort((a, b) => a.name.localeCompare(b.name));
    folder.files.sort((a, b) => a.path.localeCompare(b.path));
    folder.count = folder.files.length + folder.folders.reduce((n, f) => n + finish(f), 0);
    return folder.count;
  };
  finish(root);
  return root;
}

/** Every folder path that holds `path` (for showing the active file). */
export function ancestorsOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The file name shown in the tree. */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
