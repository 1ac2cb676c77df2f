import type { DirectoryHandleLike, FileHandleLike } from './handles';

/** Folders never read: dependencies and version-control internals, often thousands of files. */
export const EXCLUDED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** What reading one file needs: its size and time first (cheap), its text only when it is kept. */
export interface OpenedFile {
  size: number;
  lastModified: number;
  text(): Promise<string>;
}

/** One file found in a folder, not read yet. */
export interface FolderEntry {
  /** '/'-separated path inside the opened folder, no leading slash. */
  path: string;
  open(): Promise<OpenedFile>;
}

export interface FolderScan {
  /** The folder's own name (the workspace's name); null for loose files (several files opened at once). */
  name: string | null;
  entries: FolderEntry[];
  /** Folders skipped whole (node_modules, .git), with the number of files in them when the browser listed them. */
  excluded: Array<{ path: string; files?: number }>;
}

/** A File as `<input webkitdirectory>` gives it: `webkitRelativePath` starts with the picked folder's name. */
export interface RelativeFile extends OpenedFile {
  name: string;
  webkitRelativePath?: string;
}

function excludedPrefix(segments: ReadonlyArray<string>): string | undefined {
  const at = segments.findIndex((s) => EXCLUDED_FOLDERS.has(s));
  return at === -1 ? undefined : segments.slice(0, at + 1).join('/');
}

/** The files of `<input type="file" webkitdirectory>` (or several plain files) as one folder scan. */
export function scanFileList(files: ArrayLike<RelativeFile>): FolderScan {
  const list = Array.from(files);
  const relative = list.filter((f) => f.webkitRelativePath);
  if (relative.length === 0) {
    return { name: null, entries: list.map((file) => ({ path: file.name, open: async () => file })), excluded: [] };
  }
  const name = relative[0]!.webkitRelativePath!.split('/')[0]!;
  const excluded = new Map<string, number>();
  const entries: FolderEntry[] = [];
  for (const file of relative) {
    const segments = file.webkitRelativePath!.split('/').slice(1);
    const prefix = excludedPrefix(segments.slice(0, -1));
    if (prefix !== undefined) {
      excluded.set(prefix, (excluded.get(prefix) ?? 0) + 1);
      continue;
    }
    entries.push({ path: segments.join('/'), open: async () => file });
  }
  return { name, entries, excluded: [...excluded].map(([path, count]) => ({ path, files: count })) };
}

const openHandle = (handle: FileHandleLike) => async (): Promise<OpenedFile> => {
  const file = await handle.getFile();
  return { size: file.size, lastModified: file.lastModified, text: () => file.text() };
};

/**
 * Every file below a directory handle (File System Access), without entering excluded folders. Listing is
 * cheap (no file is opened); `maxEntries` bounds a runaway folder.
 */
export async function scanDirectory(root: DirectoryHandleLike, options: { maxEntries?: number } = {}): Promise<FolderScan> {
  const maxEntries = options.maxEntries ?? 50_000;
  const scan: FolderScan = { name: root.name, entries: [], excluded: [] };
  const walk = async (dir: DirectoryHandleLike, prefix: string): Promise<void> => {
    const children: Array<FileHandleLike | DirectoryHandleLike> = [];
    for await (const child of dir.values()) children.push(child);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) {
      if (scan.entries.length >= maxEntries) return;
      const path = prefix === '' ? child.name : `${prefix}/${child.name}`;
      if (child.kind === 'directory') {
        if (EXCLUDED_FOLDERS.has(child.name)) scan.excluded.push({ path });
        else await walk(child, path);
      } else {
        scan.entries.push({ path, open: openHandle(child) });
      }
    }
  };
  await walk(root, '');
  return scan;
}

/** A handle for a folder path below `root`, for writing back (folders are created when asked). */
export async function directoryAt(root: DirectoryHandleLike, folders: ReadonlyArray<string>, create: boolean): Promise<DirectoryHandleLike> {
  let dir = root;
  for (const name of folders) dir = await dir.getDirectoryHandle(name, { create });
  return dir;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOfEntry(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A folder dropped on the page (the entries API, in every browser) as a folder scan. */
export async function scanDroppedDirectory(root: FileSystemDirectoryEntry, options: { maxEntries?: number } = {}): Promise<FolderScan> {
  const maxEntries = options.maxEntries ?? 50_000;
  const scan: FolderScan = { name: root.name, entries: [], excluded: [] };
  const walk = async (dir: FileSystemDirectoryEntry, prefix: string): Promise<void> => {
    const reader = dir.createReader();
    const children: FileSystemEntry[] = [];
    // readEntries answers in batches (100 in Chromium) until an empty one.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) children.push(...batch);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) {
      if (scan.entries.length >= maxEntries) return;
      const path = prefix === '' ? child.name : `${prefix}/${child.name}`;
      if (child.isDirectory) {
        if (EXCLUDED_FOLDERS.has(child.name)) scan.excluded.push({ path });
        else await walk(child as FileSystemDirectoryEntry, path);
      } else if (child.isFile) {
        const entry = child as FileSystemFileEntry;
        scan.entries.push({ path, open: () => fileOfEntry(entry) });
      }
    }
  };
  await walk(root, '');
  return scan;
}
