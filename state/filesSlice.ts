import type { StateCreator } from 'zustand';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { SkippedFile } from '@/lib/folder/readFolder';
import type { MergeOutcome, WorkspaceDocument } from '@/lib/persistence/workspaceMerge';
import { applyEdits } from '@/lib/edit/textEdit';
import type { TextEdit } from '@/lib/edit/textEdit';
import type { StudioState } from './studioState';

export type { WorkspaceDocument } from '@/lib/persistence/workspaceMerge';

/**
 * A change of a file's text from outside the editor; the editor applies it as one undoable edit. `text` is
 * the whole new text; `edits`, when present, are the range edits (0-based UTF-16 offsets into the text just
 * before) that produce it, so the editor changes only those ranges (a visual edit keeps the rest untouched).
 */
export interface ExternalEdit {
  text: string;
  revision: number;
  edits?: TextEdit[];
}

/**
 * One file of the workspace: the one home of its text. `version` increases with every change of the
 * text; analysis results name the (file id, version) they were made for.
 */
export interface StudioFile extends WorkspaceDocument {
  version: number;
  format: DocumentFormat;
  externalEdit: ExternalEdit | null;
}

export interface InitialWorkspace {
  documents: WorkspaceDocument[];
  activeId: string;
  /** Open tabs in order; absent: every document is open. */
  tabs?: string[];
  /** Closed documents still reopenable (restored from storage). */
  closed?: ClosedDocument[];
  /** Documents gone for good whose stored records are still to be deleted. */
  discarded?: Record<string, number>;
  /** The opened folder (restored from storage); its files are among `documents`. */
  folder?: { name: string; skipped: SkippedFile[]; removed: string[] };
}

/** A closed document kept for "reopen", with when it was closed (reopenable after a reload for a while). */
export type ClosedDocument = WorkspaceDocument & { closedAt: number };

/** Closed documents kept for "reopen"; older ones are gone from this session (still in other tabs' storage). */
const CLOSED_LIMIT = 20;

/**
 * The workspace's files, the tabs open on them and the active one. Tabs are views of files: switching
 * a tab keeps every file's text, cursor and analysis; only closing a tab lets a document go.
 */
export interface FilesSlice {
  files: Record<string, StudioFile>;
  /** Ids of the files open as tabs, in tab order. */
  tabs: string[];
  activeId: string;
  closed: ClosedDocument[];
  /**
   * Documents gone for good (deleted, of a closed folder, or closed long ago), by id with their revision: their
   * stored records are deleted by the next save, and another tab's copy of them is not merged back in.
   */
  discarded: Record<string, number>;
  /** The stored records of these documents are gone: nothing left to do for them. */
  forgetDiscarded: (ids: ReadonlyArray<string>) => void;
  /** The active file's text as the editor holds it after the user's edit. */
  editText: (text: string) => void;
  /** Replaces the active file's whole text from outside the editor (file, conversion, restore). */
  replaceText: (text: string) => void;
  /** Replaces a file's whole text when it still is at `version`; false when it moved on meanwhile. */
  replaceFileText: (id: string, version: number, text: string) => boolean;
  /** Applies range edits planned on a file's text at `version` (one undo step); false when it moved on meanwhile. */
  applyFileEdits: (id: string, version: number, edits: TextEdit[]) => boolean;
  setReadOnly: (readOnly: boolean) => void;
  setCursor: (line: number, column: number) => void;
  newDocument: (text?: string, name?: string) => string;
  /** Adds a document beside the user's work (a file, a link) and makes it active. */
  openDocument: (text: string, name: string, options?: { readOnly?: boolean }) => string;
  switchTo: (id: string) => void;
  /** Closes a tab: a folder file stays in the workspace (the tree), a loose document goes to `closed` (reopenable). */
  closeDocument: (id: string) => void;
  reopenClosed: () => void;
  /** False (and the user is told) when another file already has that path. */
  renameDocument: (id: string, path: string) => boolean;
  /** Applies a merge with another tab's saved workspace (see lib/persistence/workspaceMerge). */
  applyMerge: (outcome: MergeOutcome) => void;
  /** Records what a successful save stored, without touching texts typed since. */
  markSaved: (saved: readonly WorkspaceDocument[]) => void;
}

let idCounter = 0;
export function newDocumentId(): string {
  return `doc-${Date.now().toString(36)}-${(++idCounter).toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function blankDocument(id: string, path: string, text: string, readOnly = false): WorkspaceDocument {
  // Empty saved text and path: a new document counts as changed until it is stored.
  return { id, path, text, cursor: { line: 1, column: 1 }, revision: 0, updatedAt: Date.now(), readOnly, savedText: '', savedPath: '' };
}

export function fileOf(doc: WorkspaceDocument, version = 1): StudioFile {
  return { ...doc, version, format: detectFormat(doc.text), externalEdit: null };
}

/** The workspace's documents as they are stored: tabs first in their order, then files with no tab. */
export function workspaceDocuments(s: Pick<StudioState, 'files' | 'tabs'>): WorkspaceDocument[] {
  const open = new Set(s.tabs);
  const ordered = [...s.tabs, ...Object.keys(s.files).filter((id) => !open.has(id))];
  return ordered.map((id) => s.files[id]).filter((f): f is StudioFile => f !== undefined).map(toDocument);
}

export function toDocument({ id, path, text, cursor, revision, updatedAt, readOnly, savedText, savedPath, inFolder, disk }: StudioFile): WorkspaceDocument {
  const doc: WorkspaceDocument = { id, path, text, cursor, revision, updatedAt, readOnly, savedText, savedPath };
  if (inFolder) doc.inFolder = true;
  if (disk) doc.disk = disk;
  return doc;
}

/** The active file; the store always has one. */
export function activeFile(s: Pick<StudioState, 'files' | 'activeId'>): StudioFile {
  return s.files[s.activeId]!;
}

export function uniquePath(files: Record<string, StudioFile>, wanted: string): string {
  const taken = new Set(Object.values(files).map((f) => f.path));
  if (!taken.has(wanted)) return wanted;
  const dot = wanted.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

export function untitledPath(files: Record<string, StudioFile>): string {
  const taken = new Set(Object.values(files).map((f) => f.path));
  for (let n = 1; ; n++) if (!taken.has(`Untitled ${n}`)) return `Untitled ${n}`;
}

function withText(file: StudioFile, text: string, external: boolean, edits?: TextEdit[]): StudioFile {
  return {
    ...file,
    text,
    version: file.version + 1,
    format: detectFormat(text),
    externalEdit: external ? { text, revision: (file.externalEdit?.revision ?? 0) + 1, ...(edits ? { edits } : {}) } : file.externalEdit,
  };
}

/** Adds a file as a new tab right of the active one and shows it. */
function addAndShow(s: StudioState, doc: WorkspaceDocument): Partial<StudioState> {
  const at = s.tabs.indexOf(s.activeId);
  const tabs = [...s.tabs];
  tabs.splice(at + 1, 0, doc.id);
  return { files: { ...s.files, [doc.id]: fileOf(doc) }, tabs, activeId: doc.id, navigation: null };
}

export const createFilesSlice =
  (initial: InitialWorkspace): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], FilesSlice> =>
  (set, get) => {
    const updateFile = (id: string, change: (file: StudioFile) => StudioFile) =>
      set((s) => {
        const file = s.files[id];
        return file ? { files: { ...s.files, [id]: change(file) } } : {};
      });
    return {
      files: Object.fromEntries(initial.documents.map((d) => [d.id, fileOf(d)])),
      tabs: initial.tabs ?? initial.documents.map((d) => d.id),
      activeId: initial.activeId,
      closed: initial.closed ?? [],
      discarded: initial.discarded ?? {},
      forgetDiscarded: (ids) =>
        set((s) => {
          const discarded = { ...s.discarded };
          for (const id of ids) delete discarded[id];
          return { discarded };
        }),
      editText: (text) => {
        const s = get();
        if (text !== activeFile(s).text) updateFile(s.activeId, (f) => withText(f, text, false));
      },
      replaceText: (text) => updateFile(get().activeId, (f) => withText(f, text, true)),
      replaceFileText: (id, version, text) => {
        const file = get().files[id];
        if (!file || file.version !== version) return false;
        updateFile(id, (f) => withText(f, text, true));
        return true;
      },
      applyFileEdits: (id, version, edits) => {
        const file = get().files[id];
        if (!file || file.version !== version) return false;
        if (edits.length === 0) return true;
        updateFile(id, (f) => withText(f, applyEdits(f.text, edits), true, edits));
        return true;
      },
      setReadOnly: (readOnly) => updateFile(get().activeId, (f) => ({ ...f, readOnly })),
      setCursor: (line, column) => {
        const { cursor } = activeFile(get());
        if (cursor.line !== line || cursor.column !== column) updateFile(get().activeId, (f) => ({ ...f, cursor: { line, column } }));
      },
      newDocument: (text = '', name) => {
        const s = get();
        const doc = blankDocument(newDocumentId(), name ? uniquePath(s.files, name) : untitledPath(s.files), text);
        set(addAndShow(s, doc));
        return doc.id;
      },
      openDocument: (text, name, options = {}) => {
        const s = get();
        const doc = blankDocument(newDocumentId(), uniquePath(s.files, name), text, options.readOnly === true);
        set(addAndShow(s, doc));
        return doc.id;
      },
      switchTo: (id) => {
        const s = get();
        if (id === s.activeId || !s.files[id]) return;
        set({ activeId: id, tabs: s.tabs.includes(id) ? s.tabs : [...s.tabs, id], navigation: null });
      },
      closeDocument: (id) => {
        const s = get();
        const file = s.files[id];
        const at = s.tabs.indexOf(id);
        if (!file || at === -1) return;
        const tabs = s.tabs.filter((t) => t !== id);
        // A folder file is a view closed, not a document discarded: file, text and analysis stay.
        const kept = file.inFolder === true;
        const overflow = kept ? [] : s.closed.slice(0, Math.max(0, s.closed.length + 1 - CLOSED_LIMIT));
        const closed = kept ? s.closed : [...s.closed.slice(overflow.length), { ...toDocument(file), closedAt: Date.now() }];
        const discarded = overflow.length === 0 ? s.discarded : { ...s.discarded, ...Object.fromEntries(overflow.map((d) => [d.id, d.revision])) };
        const files = { ...s.files };
        const analyses = { ...s.analyses };
        if (!kept) {
          delete files[id];
          delete analyses[id];
        }
        if (id !== s.activeId) {
          set({ files, analyses, tabs, closed, discarded });
          return;
        }
        // The neighbour to the right takes focus, as in editors; the last tab gives way to a blank one.
        const nextId = tabs[Math.min(at, tabs.length - 1)];
        if (nextId !== undefined) {
          set({ files, analyses, tabs, closed, discarded, activeId: nextId, navigation: null });
          return;
        }
        const blank = blankDocument(newDocumentId(), untitledPath(files), '');
        set({ files: { ...files, [blank.id]: fileOf(blank) }, analyses, tabs: [blank.id], closed, discarded, activeId: blank.id, navigation: null });
      },
      reopenClosed: () => {
        const s = get();
        const doc = s.closed.at(-1);
        if (!doc) return;
        const closed = s.closed.slice(0, -1);
        if (s.files[doc.id]) {
          set({ closed });
          get().switchTo(doc.id);
          return;
        }
        const { closedAt: _closedAt, ...reopened } = doc;
        set({ ...addAndShow(s, reopened), closed });
      },
      renameDocument: (id, path) => {
        const trimmed = path.trim();
        const file = get().files[id];
        if (trimmed === '' || !file) return false;
        if (trimmed === file.path) return true;
        if (Object.values(get().files).some((f) => f.path === trimmed)) {
          get().notify('warning', `“${file.path}” was not renamed: “${trimmed}” exists already.`);
          return false;
        }
        updateFile(id, (f) => ({ ...f, path: trimmed }));
        return true;
      },
      applyMerge: (outcome) => {
        const s = get();
        const files = { ...s.files };
        const tabs = [...s.tabs];
        for (const doc of outcome.documents) {
          const file = files[doc.id];
          if (!file) {
            files[doc.id] = fileOf(doc);
            tabs.push(doc.id);
            continue;
          }
          // The other tab's text goes through the editor as one undoable edit.
          const merged = doc.text === file.text ? file : withText(file, doc.text, true);
          files[doc.id] = { ...merged, path: doc.path, revision: doc.revision, updatedAt: doc.updatedAt, savedText: doc.savedText, savedPath: doc.savedPath };
        }
        set({ files, tabs });
      },
      markSaved: (saved) => {
        const byId = new Map(saved.map((d) => [d.id, d]));
        set((s) => {
          const files = { ...s.files };
          for (const [id, done] of byId) {
            const file = files[id];
            if (!file || done.revision < file.revision) continue;
            files[id] = { ...file, revision: done.revision, updatedAt: done.updatedAt, savedText: done.savedText, savedPath: done.savedPath };
          }
          return { files };
        });
      },
    };
  };

/** Default path of the first document, and of a document migrated from the one-document record. */
export const FIRST_DOCUMENT_NAME = 'asyncapi.yaml';

/** A plain text (tests, first visit) becomes a one-document workspace; an empty list gets one blank document. */
export function initialWorkspaceOf(initial: string | InitialWorkspace): InitialWorkspace {
  if (typeof initial === 'string') {
    const doc = blankDocument(newDocumentId(), FIRST_DOCUMENT_NAME, initial);
    return { documents: [doc], activeId: doc.id };
  }
  if (initial.documents.length === 0) return initialWorkspaceOf('');
  const ids = new Set(initial.documents.map((d) => d.id));
  const tabs = (initial.tabs ?? initial.documents.map((d) => d.id)).filter((id) => ids.has(id));
  const open = tabs.length > 0 ? tabs : [initial.documents[0]!.id];
  const activeId = open.includes(initial.activeId) ? initial.activeId : open[0]!;
  return { ...initial, activeId, tabs: open };
}
