import type { StateCreator } from 'zustand';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
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
}

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
  closed: WorkspaceDocument[];
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
  closeDocument: (id: string) => void;
  reopenClosed: () => void;
  renameDocument: (id: string, path: string) => void;
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

function toDocument({ id, path, text, cursor, revision, updatedAt, readOnly, savedText, savedPath }: StudioFile): WorkspaceDocument {
  return { id, path, text, cursor, revision, updatedAt, readOnly, savedText, savedPath };
}

/** The active file; the store always has one. */
export function activeFile(s: Pick<StudioState, 'files' | 'activeId'>): StudioFile {
  return s.files[s.activeId]!;
}

function uniquePath(files: Record<string, StudioFile>, wanted: string): string {
  const taken = new Set(Object.values(files).map((f) => f.path));
  if (!taken.has(wanted)) return wanted;
  const dot = wanted.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

function untitledPath(files: Record<string, StudioFile>): string {
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
      closed: [],
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
        const closed = [...s.closed.slice(1 - CLOSED_LIMIT), toDocument(file)];
        const tabs = s.tabs.filter((t) => t !== id);
        const files = { ...s.files };
        delete files[id];
        const analyses = { ...s.analyses };
        delete analyses[id];
        if (id !== s.activeId) {
          set({ files, analyses, tabs, closed });
          return;
        }
        // The neighbour to the right takes focus, as in editors; the last tab gives way to a blank one.
        const nextId = tabs[Math.min(at, tabs.length - 1)];
        if (nextId !== undefined) {
          set({ files, analyses, tabs, closed, activeId: nextId, navigation: null });
          return;
        }
        const blank = blankDocument(newDocumentId(), 'Untitled 1', '');
        set({ files: { ...files, [blank.id]: fileOf(blank) }, analyses, tabs: [blank.id], closed, activeId: blank.id, navigation: null });
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
        set({ ...addAndShow(s, doc), closed });
      },
      renameDocument: (id, path) => {
        const trimmed = path.trim();
        if (trimmed !== '') updateFile(id, (f) => ({ ...f, path: trimmed }));
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
  return { documents: initial.documents, activeId, tabs: open };
}
