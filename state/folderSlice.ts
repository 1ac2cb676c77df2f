import type { StateCreator } from 'zustand';
import type { FolderScan } from '@/lib/folder/folderSource';
import type { DirectoryHandleLike } from '@/lib/folder/handles';
import { describeFolderRead, readFolder } from '@/lib/folder/readFolder';
import type { ReadFile, SkippedFile } from '@/lib/folder/readFolder';
import { looksLikeAsyncApi } from '@/lib/share/textSniff';
import { blankDocument, fileOf, newDocumentId, uniquePath, untitledPath } from './filesSlice';
import type { StudioFile } from './filesSlice';
import type { StudioState } from './studioState';

/** The folder opened as the workspace (one at a time); loose documents live beside it. */
export interface FolderInfo {
  name: string;
  /** Files listed without their text (too large, binary), as the analysis must know them. */
  skipped: SkippedFile[];
  /** Save writes back to the folder (a File System Access handle is kept); otherwise Save downloads a zip. */
  writable: boolean;
  /** Paths deleted in the studio since the folder was last written, for Save to remove on disk. */
  removed: string[];
}

export interface FolderLoading {
  name: string;
  read: number;
  total: number;
}

export interface FolderSlice {
  folder: FolderInfo | null;
  folderLoading: FolderLoading | null;
  /** The opened folder's File System Access handle, when the browser gave one: Save writes through it. */
  folderHandle: DirectoryHandleLike | null;
  /** Reads a scanned folder into the workspace (in chunks, the page stays responsive) and says what was skipped. */
  openFolder: (scan: FolderScan, handle: DirectoryHandleLike | null) => Promise<void>;
  /** Several files opened at once (no folder): each a document of its own, at its name. */
  openFiles: (scan: FolderScan) => Promise<void>;
  /** Replaces the open folder (its files leave the workspace) by a new one whose files arrive in chunks. */
  beginFolder: (name: string, options: { writable: boolean; total: number }) => void;
  addFolderFiles: (files: ReadonlyArray<ReadFile>, skipped: ReadonlyArray<SkippedFile>) => void;
  /** The folder is read: shows its first AsyncAPI document unless one of its files is open already. */
  finishFolder: () => void;
  closeFolder: () => void;
  /** A new file of the workspace at `path` (opened as a tab); null when the path is not usable (the user is told). */
  createFile: (path: string, text?: string) => string | null;
  /** Removes a file for good (a folder file is removed on disk by the next Save). */
  deleteFile: (id: string) => void;
  /** Records what Save wrote to (or removed from) the folder, without touching texts typed since. */
  markWrittenToDisk: (written: ReadonlyArray<{ id: string; path: string; text: string; modified?: number }>, removed: ReadonlyArray<string>) => void;
  /** Takes the disk's text of a file that changed there (one undoable edit in the editor). */
  reloadFromDisk: (id: string, text: string, modified: number) => void;
  setFolderWritable: (writable: boolean) => void;
  /** Shows a workspace file (opening its tab) with the cursor at a 1-based position: a problem in another file, a definition there. */
  openAt: (path: string, line: number, column?: number) => boolean;
  /** Applies text edits (1-based ranges) to a file that is not shown, as one replacement (one undo step when it is). */
  editFile: (path: string, edits: ReadonlyArray<{ range: { startLine: number; startColumn: number; endLine: number; endColumn: number }; text: string }>) => boolean;
  /** The handle of the restored folder, kept from the last session (write permission is asked at Save). */
  restoreFolderHandle: (handle: DirectoryHandleLike) => void;
  /** Another tab of the studio stored a folder this tab did not know (its files came with the merge). */
  adoptFolder: (folder: Pick<FolderInfo, 'name' | 'skipped' | 'removed'>) => void;
}

/** Applies non-overlapping 1-based range edits to a text (from the last to the first, so earlier ranges stay valid). */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { startLine: number; startColumn: number; endLine: number; endColumn: number }; text: string }>): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.startLine, b.range.startColumn) - offset(a.range.startLine, a.range.startColumn));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.startLine, edit.range.startColumn)) + edit.text + result.slice(offset(edit.range.endLine, edit.range.endColumn));
  }
  return result;
}

/** A workspace path a user typed: '/'-separated, relative, no '.', '..' or empty segments; null when unusable. */
export function cleanWorkspacePath(input: string): string | null {
  const path = input.trim().replace(/\\/g, '/').replace(/^\/+/, '');
  if (path === '' || path.length > 1024) return null;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return path;
}

// Per file object (files are replaced on every change): a tree of thousands of items sniffs each text once.
const sniffed = new WeakMap<StudioFile, boolean>();

/** A quick sniff (an `asyncapi:` key near the top), not a parse: what the tree marks as a document. */
export function isAsyncApiFile(file: StudioFile): boolean {
  let known = sniffed.get(file);
  if (known === undefined) {
    known = looksLikeAsyncApi(file.text);
    sniffed.set(file, known);
  }
  return known;
}

function withoutFolderFiles(s: StudioState): Pick<StudioState, 'files' | 'analyses' | 'tabs' | 'activeId' | 'discarded'> {
  const files: Record<string, StudioFile> = {};
  const analyses = { ...s.analyses };
  const discarded = { ...s.discarded };
  for (const [id, file] of Object.entries(s.files)) {
    if (file.inFolder) {
      delete analyses[id];
      discarded[id] = file.revision;
    } else {
      files[id] = file;
    }
  }
  let tabs = s.tabs.filter((id) => files[id]);
  let activeId = files[s.activeId] ? s.activeId : (tabs[0] ?? '');
  if (activeId === '') {
    const blank = blankDocument(newDocumentId(), untitledPath(files), '');
    files[blank.id] = fileOf(blank);
    tabs = [blank.id];
    activeId = blank.id;
  }
  return { files, analyses, tabs, activeId, discarded };
}

/** How often the files read so far join the store while a folder is read (the tree and its count follow). */
const FOLDER_COMMIT_MS = 300;

// Each opening gets a number: a folder opened while another is still being read stops the first one.
let openings = 0;

export const createFolderSlice =
  (initial?: Pick<FolderInfo, 'name' | 'skipped' | 'removed'>): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], FolderSlice> =>
  (set, get) => ({
    folder: initial ? { ...initial, writable: false } : null,
    folderLoading: null,
    folderHandle: null,
    openFolder: async (scan, handle) => {
      const opening = ++openings;
      const name = scan.name ?? 'files';
      get().beginFolder(name, { writable: handle !== null, total: scan.entries.length });
      set({ folderHandle: handle });
      // Chunks reach the store a few times a second, not each 64 files: every store change runs every selector.
      const batch = { files: [] as ReadFile[], skipped: [] as SkippedFile[], since: Date.now() };
      const commit = () => {
        if (batch.files.length + batch.skipped.length > 0) get().addFolderFiles(batch.files, batch.skipped);
        Object.assign(batch, { files: [], skipped: [], since: Date.now() });
      };
      const summary = await readFolder(scan, {
        cancelled: () => opening !== openings,
        onChunk: (files, skipped) => {
          batch.files.push(...files);
          batch.skipped.push(...skipped);
          if (Date.now() - batch.since >= FOLDER_COMMIT_MS) commit();
        },
      });
      if (opening !== openings) return;
      commit();
      get().finishFolder();
      const notice = describeFolderRead(summary);
      get().notify(notice.tone, notice.message);
    },
    openFiles: async (scan) => {
      const read: ReadFile[] = [];
      const summary = await readFolder(scan, { onChunk: (files) => read.push(...files) });
      for (const file of read) get().openDocument(file.text, file.path);
      const notice = describeFolderRead(summary);
      get().notify(notice.tone, notice.message);
    },
    beginFolder: (name, { writable, total }) =>
      set((s) => ({ ...withoutFolderFiles(s), folder: { name, skipped: [], writable, removed: [] }, folderLoading: { name, read: 0, total }, navigation: null })),
    addFolderFiles: (read, skipped) => {
      const s = get();
      if (!s.folder) return;
      const files = { ...s.files };
      const byPath = new Map(Object.values(files).map((f) => [f.path, f]));
      const renamed: string[] = [];
      const now = Date.now();
      for (const entry of read) {
        const clash = byPath.get(entry.path);
        if (clash?.inFolder) continue;
        if (clash) {
          // A loose document at the same path would make $refs ambiguous: it moves aside, the folder's file wins.
          const path = uniquePath(files, entry.path);
          files[clash.id] = { ...clash, path };
          renamed.push(`“${entry.path}” → “${path}”`);
        }
        const doc = blankDocument(newDocumentId(), entry.path, entry.text);
        const file: StudioFile = { ...fileOf({ ...doc, updatedAt: now }), inFolder: true, disk: { path: entry.path, text: entry.text, modified: entry.modified } };
        files[file.id] = file;
        byPath.set(entry.path, file);
      }
      const loading = s.folderLoading ? { ...s.folderLoading, read: s.folderLoading.read + read.length + skipped.length } : null;
      set({ files, folder: { ...s.folder, skipped: [...s.folder.skipped, ...skipped] }, folderLoading: loading });
      if (renamed.length > 0) get().notify('info', `Open documents renamed so that the folder's files keep their paths: ${renamed.join(', ')}.`);
    },
    finishFolder: () => {
      const s = get();
      set({ folderLoading: null });
      if (s.tabs.some((id) => s.files[id]?.inFolder)) return;
      const first = Object.values(s.files)
        .filter((f) => f.inFolder && isAsyncApiFile(f))
        .sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path))[0];
      if (first) get().switchTo(first.id);
    },
    closeFolder: () => {
      openings++;
      set((s) => ({ ...withoutFolderFiles(s), folder: null, folderLoading: null, folderHandle: null, navigation: null }));
    },
    createFile: (input, text = '') => {
      const s = get();
      const path = cleanWorkspacePath(input);
      if (path === null) {
        s.notify('warning', `“${input}” is not a usable file path: write it relative to the folder, like schemas/user.yaml.`);
        return null;
      }
      if (Object.values(s.files).some((f) => f.path === path) || s.folder?.skipped.some((f) => f.path === path)) {
        s.notify('warning', `“${path}” exists already.`);
        return null;
      }
      const file: StudioFile = { ...fileOf(blankDocument(newDocumentId(), path, text)), inFolder: true };
      const at = s.tabs.indexOf(s.activeId);
      const tabs = [...s.tabs];
      tabs.splice(at + 1, 0, file.id);
      const removed = s.folder ? s.folder.removed.filter((p) => p !== path) : [];
      set({ files: { ...s.files, [file.id]: file }, tabs, activeId: file.id, navigation: null, ...(s.folder ? { folder: { ...s.folder, removed } } : {}) });
      return file.id;
    },
    deleteFile: (id) => {
      const s = get();
      const file = s.files[id];
      if (!file) return;
      if (s.tabs.includes(id)) {
        // Closing first picks the next tab (or a blank one) the way the tab bar does.
        s.closeDocument(id);
      }
      set((now) => {
        const files = { ...now.files };
        delete files[id];
        const analyses = { ...now.analyses };
        delete analyses[id];
        const closed = now.closed.filter((d) => d.id !== id);
        const discarded = { ...now.discarded, [id]: file.revision };
        const onDisk = file.disk?.path;
        const folder = now.folder && onDisk !== undefined && !now.folder.removed.includes(onDisk) ? { ...now.folder, removed: [...now.folder.removed, onDisk] } : now.folder;
        return { files, analyses, closed, discarded, folder, tabs: now.tabs.filter((t) => t !== id) };
      });
    },
    markWrittenToDisk: (written, removed) =>
      set((s) => {
        const files = { ...s.files };
        for (const entry of written) {
          const file = files[entry.id];
          if (file) files[entry.id] = { ...file, disk: { path: entry.path, text: entry.text, modified: entry.modified } };
        }
        const folder = s.folder ? { ...s.folder, removed: s.folder.removed.filter((p) => !removed.includes(p)) } : null;
        return { files, folder };
      }),
    reloadFromDisk: (id, text, modified) => {
      const file = get().files[id];
      if (!file) return;
      if (text !== file.text) get().replaceFileText(id, file.version, text);
      set((s) => {
        const current = s.files[id];
        return current ? { files: { ...s.files, [id]: { ...current, disk: { path: current.path, text, modified } } } } : {};
      });
    },
    setFolderWritable: (writable) => set((s) => (s.folder ? { folder: { ...s.folder, writable } } : {})),
    openAt: (path, line, column = 1) => {
      const s = get();
      const file = Object.values(s.files).find((f) => f.path === path);
      if (!file) return false;
      if (file.id !== s.activeId) {
        // The editor puts the cursor of a file it switches to where the file says: set it there first.
        set({ files: { ...s.files, [file.id]: { ...file, cursor: { line, column } } } });
        get().switchTo(file.id);
      }
      get().goTo(line, column);
      return true;
    },
    editFile: (path, edits) => {
      const file = Object.values(get().files).find((f) => f.path === path);
      if (!file) return false;
      return get().replaceFileText(file.id, file.version, applyEdits(file.text, edits));
    },
    restoreFolderHandle: (handle) => set((s) => (s.folder?.name === handle.name ? { folderHandle: handle, folder: { ...s.folder, writable: true } } : {})),
    adoptFolder: (folder) => set((s) => (s.folder ? {} : { folder: { ...folder, writable: false } })),
  });
