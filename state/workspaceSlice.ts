import type { StateCreator } from 'zustand';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { MergeOutcome, WorkspaceDocument } from '@/lib/persistence/workspaceMerge';
import type { StudioState } from './studioState';

export type { WorkspaceDocument } from '@/lib/persistence/workspaceMerge';

export interface InitialWorkspace {
  documents: WorkspaceDocument[];
  activeId: string;
}

/** Closed documents kept for "reopen"; older ones are gone from this session (still in other tabs' storage). */
const CLOSED_LIMIT = 20;

/**
 * The open documents, as tabs. The top-level `text` / `version` / `format` / `readOnly` of the store
 * are the ACTIVE document (so every panel works unchanged); its entry here is refreshed from them
 * whenever the workspace is read as a whole (`snapshotDocuments`), not on every keystroke.
 */
export interface WorkspaceSlice {
  documents: WorkspaceDocument[];
  activeId: string;
  closed: WorkspaceDocument[];
  newDocument: (text?: string, name?: string) => string;
  /** Adds a document beside the user's work (a file, a link) and makes it active. */
  openDocument: (text: string, name: string, options?: { readOnly?: boolean }) => string;
  switchTo: (id: string) => void;
  closeDocument: (id: string) => void;
  reopenClosed: () => void;
  renameDocument: (id: string, name: string) => void;
  /** Applies a merge with another tab's saved workspace (see lib/persistence/workspaceMerge). */
  applyMerge: (outcome: MergeOutcome) => void;
  /** Records what a successful save stored, without touching texts typed since. */
  markSaved: (saved: readonly WorkspaceDocument[]) => void;
}

let idCounter = 0;
export function newDocumentId(): string {
  return `doc-${Date.now().toString(36)}-${(++idCounter).toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function blankDocument(id: string, name: string, text: string, readOnly = false): WorkspaceDocument {
  // Empty saved text and name: a new document counts as changed until it is stored.
  return { id, name, text, cursor: { line: 1, column: 1 }, revision: 0, updatedAt: Date.now(), readOnly, savedText: '', savedName: '' };
}

/** Every document with the active one's live text and cursor. */
export function snapshotDocuments(s: StudioState): WorkspaceDocument[] {
  return s.documents.map((d) => (d.id === s.activeId ? { ...d, text: s.text, cursor: s.cursor, readOnly: s.readOnly } : d));
}

function uniqueName(documents: readonly WorkspaceDocument[], wanted: string): string {
  const taken = new Set(documents.map((d) => d.name));
  if (!taken.has(wanted)) return wanted;
  const dot = wanted.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

function untitledName(documents: readonly WorkspaceDocument[]): string {
  const taken = new Set(documents.map((d) => d.name));
  for (let n = 1; ; n++) if (!taken.has(`Untitled ${n}`)) return `Untitled ${n}`;
}

/** The state change that makes `target` the active document: a new version, so stale results drop. */
function activate(s: StudioState, documents: WorkspaceDocument[], target: WorkspaceDocument): Partial<StudioState> {
  return {
    documents,
    activeId: target.id,
    text: target.text,
    version: s.version + 1,
    format: detectFormat(target.text),
    readOnly: target.readOnly,
    externalEdit: null,
    cursor: target.cursor,
    navigation: null,
    syntax: null,
    analysis: null,
    lastValid: null,
    failure: null,
  };
}

function insertAfterActive(s: StudioState, doc: WorkspaceDocument): WorkspaceDocument[] {
  const documents = snapshotDocuments(s);
  const at = documents.findIndex((d) => d.id === s.activeId);
  documents.splice(at + 1, 0, doc);
  return documents;
}

export const createWorkspaceSlice =
  (initial: InitialWorkspace): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], WorkspaceSlice> =>
  (set, get) => ({
    documents: initial.documents,
    activeId: initial.activeId,
    closed: [],
    newDocument: (text = '', name) => {
      const s = get();
      const doc = blankDocument(newDocumentId(), name ? uniqueName(s.documents, name) : untitledName(s.documents), text);
      set(activate(s, insertAfterActive(s, doc), doc));
      return doc.id;
    },
    openDocument: (text, name, options = {}) => {
      const s = get();
      const doc = blankDocument(newDocumentId(), uniqueName(s.documents, name), text, options.readOnly === true);
      set(activate(s, insertAfterActive(s, doc), doc));
      return doc.id;
    },
    switchTo: (id) => {
      const s = get();
      if (id === s.activeId) return;
      const documents = snapshotDocuments(s);
      const target = documents.find((d) => d.id === id);
      if (target) set(activate(s, documents, target));
    },
    closeDocument: (id) => {
      const s = get();
      const documents = snapshotDocuments(s);
      const at = documents.findIndex((d) => d.id === id);
      const doc = documents[at];
      if (!doc) return;
      const closed = [...s.closed.slice(1 - CLOSED_LIMIT), doc];
      const rest = documents.filter((d) => d.id !== id);
      if (id !== s.activeId) {
        set({ documents: rest, closed });
        return;
      }
      // The neighbour to the right takes focus, as in editors; the last tab gives way to a blank one.
      const next = rest[Math.min(at, rest.length - 1)] ?? blankDocument(newDocumentId(), 'Untitled 1', '');
      set({ ...activate(s, rest.length > 0 ? rest : [next], next), closed });
    },
    reopenClosed: () => {
      const s = get();
      const doc = s.closed.at(-1);
      if (!doc) return;
      const closed = s.closed.slice(0, -1);
      if (s.documents.some((d) => d.id === doc.id)) {
        set({ closed });
        get().switchTo(doc.id);
        return;
      }
      set({ ...activate(s, insertAfterActive(s, doc), doc), closed });
    },
    renameDocument: (id, name) => {
      const trimmed = name.trim();
      if (trimmed === '') return;
      set((s) => ({ documents: s.documents.map((d) => (d.id === id ? { ...d, name: trimmed } : d)) }));
    },
    applyMerge: (outcome) => {
      const s = get();
      const active = outcome.documents.find((d) => d.id === s.activeId);
      const activeUpdated = active !== undefined && outcome.updated.includes(active.id) && active.text !== s.text;
      set({ documents: outcome.documents });
      // The active text goes through the editor as one undoable edit.
      if (activeUpdated) get().replaceText(active.text);
    },
    markSaved: (saved) => {
      const byId = new Map(saved.map((d) => [d.id, d]));
      set((s) => ({
        documents: s.documents.map((d) => {
          const done = byId.get(d.id);
          if (!done || done.revision < d.revision) return d;
          return { ...d, revision: done.revision, updatedAt: done.updatedAt, savedText: done.savedText, savedName: done.savedName };
        }),
      }));
    },
  });

/** Default name of the first document, and of a document migrated from the one-document record. */
export const FIRST_DOCUMENT_NAME = 'asyncapi.yaml';

/** A plain text (tests, first visit) becomes a one-document workspace; an empty list gets one blank document. */
export function initialWorkspaceOf(initial: string | InitialWorkspace): InitialWorkspace {
  if (typeof initial === 'string') {
    const doc = blankDocument(newDocumentId(), FIRST_DOCUMENT_NAME, initial);
    return { documents: [doc], activeId: doc.id };
  }
  if (initial.documents.length === 0) return initialWorkspaceOf('');
  const activeId = initial.documents.some((d) => d.id === initial.activeId) ? initial.activeId : initial.documents[0]!.id;
  return { documents: initial.documents, activeId };
}
